import Foundation
import Testing

@testable import SSPWikiCore

/// Every relative href and src of every page points to a file of the built site, and every
/// fragment to an id on that page.
@Suite("Links inside the built site")
struct SiteLinksTests {
    static func references(in html: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: "(?:href|src)=\"([^\"]*)\"")
        let range = NSRange(html.startIndex..., in: html)
        return regex.matches(in: html, range: range).map { String(html[Range($0.range(at: 1), in: html)!]) }
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Problems with the relative links of every page: "page: link (why)".
    static func brokenLinks(in site: Fixture) -> [String] {
        let files = Set(site.siteFiles())
        var pages: [String: String] = [:]
        for path in files where path.hasSuffix(".html") { pages[path] = site.page(path) }
        var problems: [String] = []
        for (path, html) in pages {
            let folder = path.split(separator: "/").dropLast().map(String.init)
            for raw in references(in: html) {
                let link = unescape(raw)
                if link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("mailto:") { continue }
                #expect(!link.hasPrefix("/") && !link.hasPrefix("//"), "\(path): \(link) is not relative")
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                var target = path
                if !parts[0].isEmpty {
                    var segments = folder
                    for segment in parts[0].split(separator: "/") {
                        if segment == ".." {
                            if segments.isEmpty { problems.append("\(path): \(link) leaves the site") }
                            segments = Array(segments.dropLast())
                        } else if segment != "." {
                            segments.append(String(segment))
                        }
                    }
                    target = segments.joined(separator: "/")
                    guard files.contains(target) else {
                        problems.append("\(path): \(link) (no file \(target))")
                        continue
                    }
                }
                if parts.count == 2, !parts[1].isEmpty, let page = pages[target], !page.contains("id=\"\(parts[1])\"") {
                    problems.append("\(path): \(link) (no id \(parts[1]) in \(target))")
                }
            }
        }
        return problems.sorted()
    }

    @Test func everyRelativeLinkOfEveryPageGoesToAFileThatExists() {
        let site = Fixture(ViewsContent.files)
        site.buildExpectingSuccess()
        let pages = site.siteFiles().filter { $0.hasSuffix(".html") }
        for expected in [
            "index.html", "reviews.html", "provision-map.html", "glossary.html", "staff/index.html",
            "staff/mrs-j-patel.html", "staff/mr-d-evans.html", "staff/mr-k-stone.html", "classes/kestrels.html",
            "classes/swifts.html", "plans/old-plan.html", "indes/semh.html", "pages/reviews-guide.html",
        ] {
            #expect(pages.contains(expected), "\(expected) was not built")
        }
        #expect(site.siteHas("reviews.ics") && site.siteHas("provision-map.csv") && site.siteHas("assets/reviews.js"))
        let problems = Self.brokenLinks(in: site)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func theCheckFindsABrokenLink() {
        let site = Fixture(ViewsContent.files)
        site.buildExpectingSuccess()
        let broken = site.output + "/pages/broken.html"
        #expect(
            FileManager.default.createFile(
                atPath: broken,
                contents:
                    Data("<a href=\"../plans/nobody.html\">x</a><a href=\"../indes/semh.html#level-9\">y</a>".utf8)))
        let problems = Self.brokenLinks(in: site)
        #expect(
            problems == [
                "pages/broken.html: ../indes/semh.html#level-9 (no id level-9 in indes/semh.html)",
                "pages/broken.html: ../plans/nobody.html (no file plans/nobody.html)",
            ])
    }
}
