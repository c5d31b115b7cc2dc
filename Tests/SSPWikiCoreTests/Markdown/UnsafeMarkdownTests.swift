import Testing

@testable import SSPWikiCore

/// Raw HTML is never passed through, and links can only go to pages, files in the site,
/// other web sites and email addresses.
@Suite("Markdown: raw HTML and dangerous URLs")
struct UnsafeMarkdownTests {
    @Test func aScriptBlockNeverAppears() {
        let html = renderedBody("Before.\n\n<script>alert(1)</script>\n\nAfter.\n")
        #expect(!html.contains("<script"))
        #expect(!html.contains("alert(1)"))
        #expect(html.contains("<p>Before.</p>"))
        #expect(html.contains("<p>After.</p>"))
    }

    @Test func inlineHTMLWithAnEventHandlerNeverAppears() {
        let html = renderedBody("A picture <img src=x onerror=alert(1)> here, and <b onclick=\"x()\">bold</b>.\n")
        #expect(unsafeMarkup(in: html).isEmpty, "\(unsafeMarkup(in: html))")
        #expect(!html.contains("<img"))
        #expect(!html.contains("onerror="))
        #expect(!html.contains("<b "))
    }

    @Test func otherDangerousElementsNeverAppear() {
        let html = renderedBody(
            "<iframe src=\"https://evil.example\"></iframe>\n\n<style>body{display:none}</style>\n\n<form action=x><input></form>\n"
        )
        #expect(!html.contains("<iframe"))
        #expect(!html.contains("<style"))
        #expect(!html.contains("<form"))
        #expect(unsafeMarkup(in: html).isEmpty)
    }

    @Test(arguments: [
        "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "javascript&#58;alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)", "file:///etc/passwd",
    ])
    func dangerousLinkURLsAreNeutralised(_ url: String) {
        let html = renderedBody("[click me](\(url.hasPrefix(" ") ? "<\(url)>" : url))\n")
        #expect(html.contains(">click me</a>"))
        #expect(unsafeMarkup(in: html).isEmpty, "\(unsafeMarkup(in: html))")
        #expect(!html.lowercased().contains("javascript:"))
        #expect(!html.lowercased().contains("vbscript:"))
        #expect(!html.lowercased().contains("data:"))
        #expect(!html.contains("/etc/passwd"))
    }

    @Test func dangerousAutolinksAndImagesAreNeutralised() {
        let html = renderedBody("<javascript:alert(1)>\n\n![x](javascript:alert(1)) ![y](data:image/png;base64,AAAA)\n")
        #expect(unsafeMarkup(in: html).isEmpty, "\(unsafeMarkup(in: html))")
        #expect(html.contains("<a href=\"\">javascript:alert(1)</a>"), "shown as text, linking nowhere")
        #expect(!html.contains("data:image"))
    }

    @Test func imagesFromOtherHostsAreNotLoaded() {
        let html = renderedBody("![tracker](https://evil.example/pixel.png)\n")
        #expect(!html.contains("evil.example"))
        #expect(html.contains("<img src=\"\" alt=\"tracker\" />"))
    }

    @Test func linksToOtherSitesAndEmailStay() {
        let html = renderedBody("[NHS](https://www.nhs.uk) and [SENDCo](mailto:sendco@example.org)\n")
        #expect(html.contains("<a href=\"https://www.nhs.uk\">NHS</a>"))
        #expect(html.contains("<a href=\"mailto:sendco@example.org\">SENDCo</a>"))
    }

    @Test func anchorsOnThePageStay() {
        #expect(renderedBody("[Targets](#targets)\n").contains("<a href=\"#targets\">Targets</a>"))
    }

    @Test func eachRemovedAddressIsAWarningAtItsPlace() {
        let fixture = Fixture(minimal: {
            $0.edit(
                "plans/amelia-khan.md", replacing: "Reviewed with Mum.",
                with:
                    "Reviewed with Mum. [notes](javascript:alert(1)) and ![chart](https://example.org/c.png) and [old](../secret.md)"
            )
        })
        let (_, _, diagnostics) = fixture.analyse()
        let file = "plans/amelia-khan.md"
        let line = position(of: "Reviewed with Mum.", in: MinimalContent.plan).line
        let script = single(diagnostics, file, "the address 'javascript:alert(1)' is not allowed in a link and is removed")
        #expect(script?.severity == .warning)
        #expect(script?.location == SourceLocation(file: file, line: line, column: 28))
        #expect(single(diagnostics, file, "an image from another host is not shown")?.location.line == line)
        #expect(
            single(diagnostics, file, "the address '../secret.md' leads outside the site")?.hint?.contains("media/report.pdf")
                == true)
        #expect(diagnostics.errors.isEmpty)
    }
}
