import Foundation
import Testing

@testable import SSPWikiCore

/// The site holds confidential information: it is never indexed, and no page loads anything
/// from another host or runs anything the page itself does not ship.
@Suite("Every page is private and self-contained")
struct PageSafetyTests {
    @Test func everyPageAsksNotToBeIndexed() {
        let (fixture, _) = builtSite()
        let pages = fixture.htmlPages()
        #expect(pages.count >= 11)
        for (path, html) in pages {
            #expect(html.contains("<meta name=\"robots\" content=\"noindex,nofollow\">"), "\(path)")
        }
    }

    @Test func everyPageHasAContentSecurityPolicy() {
        let (fixture, _) = builtSite()
        for (path, html) in fixture.htmlPages() {
            let policies = matches(of: #"<meta http-equiv="Content-Security-Policy" content="([^"]*)">"#, in: html)
            #expect(policies.count == 1, "\(path)")
            let policy = policies.first ?? ""
            #expect(policy.contains("default-src 'none'"), "\(path)")
            #expect(policy.contains("base-uri 'none'"), "\(path)")
            #expect(!policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"), "\(path)")
            #expect(!policy.contains("http:") && !policy.contains("https:") && !policy.contains("*"), "\(path)")
        }
    }

    @Test func nothingOnAPageIsBlockedByItsOwnPolicy() {
        let (fixture, _) = builtSite()
        for (path, html) in fixture.htmlPages() {
            #expect(matches(of: #"(<script\b[^>]*>)"#, in: html).allSatisfy { $0.contains("src=") }, "\(path): inline script")
            #expect(!html.contains("<style"), "\(path): inline style element")
            #expect(matches(of: #"(\sstyle\s*=)"#, in: html).isEmpty, "\(path): inline style attribute")
        }
    }

    @Test func robotsTxtDisallowsEverything() {
        let (fixture, _) = builtSite()
        #expect(fixture.siteText("robots.txt") == "User-agent: *\nDisallow: /\n")
    }

    @Test func noPageOrStylesheetLoadsFromAnotherHost() {
        let (fixture, _) = builtSite()
        for (path, html) in fixture.htmlPages() {
            let external = matches(of: #"(\s(?:src|href|action|srcset|poster)\s*=\s*["']?\s*(?:https?:)?//)"#, in: html)
            #expect(external.isEmpty, "\(path): \(external)")
        }
        let css = fixture.siteFiles().filter { $0.hasSuffix(".css") }
        #expect(css.contains("assets/style.css"))
        for path in css {
            let text = fixture.siteText(path) ?? ""
            #expect(!text.isEmpty)
            #expect(matches(of: #"(url\(\s*["']?\s*(?:https?:)?//)"#, in: text).isEmpty, "\(path)")
            #expect(!text.contains("@import"), "\(path)")
            #expect(!text.contains("http://") && !text.contains("https://"), "\(path)")
        }
    }

    @Test func everyLocalLinkPointsAtAFileOfTheSite() {
        let (fixture, _) = builtSite()
        let files = Set(fixture.siteFiles())
        for (path, html) in fixture.htmlPages() {
            let folder = (path as NSString).deletingLastPathComponent
            for target in matches(of: ##"\s(?:href|src)="([^"#]+)(?:#[^"]*)?""##, in: html) where !target.contains(":") {
                let resolved = URL(fileURLWithPath: "/" + folder + "/" + target).standardizedFileURL.path.dropFirst()
                #expect(files.contains(String(resolved)), "\(path) links to \(target), which was not written")
            }
        }
    }

    @Test func scriptsTheSiteShipsTalkToNoOtherHost() {
        let (fixture, _) = builtSite()
        let scripts = fixture.siteFiles().filter { $0.hasSuffix(".js") }
        #expect(
            scripts.contains { $0.hasPrefix("assets/") } && scripts.contains { $0.hasPrefix("search/") },
            "the site ships its own scripts and search files: \(scripts)")
        for path in scripts {
            let text = fixture.siteText(path) ?? ""
            for call in ["fetch(", "XMLHttpRequest", "WebSocket", "sendBeacon", "import(", "eval("] {
                #expect(!text.contains(call), "\(path) uses \(call)")
            }
            let urls = matches(of: #"(https?://[^\s"'`)]+)"#, in: text).filter { !$0.hasPrefix("http://www.w3.org/") }
            #expect(urls.isEmpty, "\(path): \(urls)")
        }
    }
}
