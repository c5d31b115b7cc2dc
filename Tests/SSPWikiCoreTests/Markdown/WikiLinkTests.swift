import Testing

@testable import SSPWikiCore

/// Every `[[…]]` form of the content format becomes a link to the right page with the right label.
@Suite("Markdown: [[links]]")
struct WikiLinkTests {
    @Test func everyFormLinksToItsPage() {
        let html = renderedBody(
            """
            [[jacob-khan]] · [[plan:amelia-khan]] · [[page:apdr-calendar]] · [[peass:visual-timetable]]
            · [[indes:speech-language]] · [[indes:speech-language/3]] · [[jacob-khan|Jacob]] · [[visual-timetable]]

            """)
        #expect(html.contains("<a href=\"../plans/jacob-khan.html\">Jacob Khan</a>"))
        #expect(html.contains("<a href=\"../plans/amelia-khan.html\">Amelia Khan</a>"))
        #expect(html.contains("<a href=\"../pages/apdr-calendar.html\">Our APDR calendar</a>"))
        #expect(html.contains("<a href=\"../peass/visual-timetable.html\">Visual timetable</a>\n·"))
        #expect(html.contains("<a href=\"../indes/speech-language.html\">Speech and language</a>"))
        #expect(html.contains("<a href=\"../indes/speech-language.html#level-3\">Speech and language (level 3)</a>"))
        #expect(html.contains("<a href=\"../plans/jacob-khan.html\">Jacob</a>"))
        #expect(html.hasSuffix("<a href=\"../peass/visual-timetable.html\">Visual timetable</a></p>\n"))
        #expect(!html.contains("[["))
        #expect(!html.contains("sspwiki-"))
    }

    @Test func linksOnTheHomeLevelPagesAreRelativeToThem() throws {
        let (fixture, _) = builtSite {
            $0.edit(
                "plans/amelia-khan.md", replacing: "Reviewed with Mum.",
                with: "Reviewed with Mum; see [[page:apdr-calendar|the calendar]].")
        }
        let html = try #require(fixture.siteText("plans/amelia-khan.html"))
        #expect(html.contains("Reviewed with Mum; see <a href=\"../pages/apdr-calendar.html\">the calendar</a>."))
    }

    @Test func spacesAndCaseInTheKindAreForgiven() {
        let html = renderedBody("[[ Plan:jacob-khan | Jacob K ]]\n")
        #expect(html.contains("<a href=\"../plans/jacob-khan.html\">Jacob K</a>"))
    }

    @Test func linksInsideOrdinaryLinksAndHeadingsAreLeftAsText() {
        let html = renderedBody("## About [[jacob-khan]]\n\n[see [[jacob-khan]]](https://example.org)\n")
        #expect(html.contains("About [[jacob-khan]]"))
        #expect(html.contains("<a href=\"https://example.org\">see [[jacob-khan]]</a>"))
    }

    @Test func privateUseCharactersTypedInTheTextStayTextAndNeverBecomeLinks() {
        // U+E000–U+E004 are what the parser marks its own placeholders with.
        let typed = "\u{E000}0\u{E001} \u{E002}0\u{E003} \u{E004}1"
        let html = renderedBody("Before [[jacob-khan]] \(typed) `\(typed)`\n\n### Heading \u{E000}0\u{E001}\n")
        #expect(
            html.contains(
                "<a href=\"../plans/jacob-khan.html\">Jacob Khan</a> &#xE000;0&#xE001; &#xE002;0&#xE003; &#xE004;1 <code>&#xE000;0&#xE001;"
            ))
        #expect(html.contains("Heading &#xE000;0&#xE001;</h"))
        #expect(html.components(separatedBy: "Jacob Khan").count == 2, "the typed placeholder is not a second link title")
        #expect(!html.unicodeScalars.contains { (0xE000...0xE004).contains($0.value) })
    }

    @Test func aLabelIsEscaped() {
        let html = renderedBody("[[jacob-khan|Jacob \"JJ\" & co]]\n")
        #expect(html.contains("<a href=\"../plans/jacob-khan.html\">Jacob &quot;JJ&quot; &amp; co</a>"))
    }

    @Test func aLabelledLinkInATableHasItsBarEscaped() {
        // In a GitHub table `|` ends a cell, so a label is written `[[id\\|Label]]` there.
        let html = renderedBody("| Who | Plan |\n| --- | --- |\n| Jacob | [[jacob-khan\\|Jacob]] |\n| Jacob | [[jacob-khan]] |\n")
        #expect(html.contains("<td><a href=\"../plans/jacob-khan.html\">Jacob</a></td>"))
        #expect(html.contains("<td><a href=\"../plans/jacob-khan.html\">Jacob Khan</a></td>"))
    }

    @Test func theWrittenFormsAreRead() {
        let at = SourceLocation(file: "x.md", line: 1, column: 1)
        let plain = WikiLink(raw: "jacob-khan", location: at)
        #expect(plain.kind == nil && plain.target == "jacob-khan" && plain.level == nil && plain.label == nil)
        let typed = WikiLink(raw: "indes:speech-language/3|SL3", location: at)
        #expect(typed.kind == .indes && typed.target == "speech-language" && typed.level == 3 && typed.label == "SL3")
        let unknown = WikiLink(raw: "plam:jacob-khan", location: at)
        #expect(unknown.kind == nil && unknown.unknownKind == "plam" && unknown.target == "jacob-khan")
        let emptyLabel = WikiLink(raw: "page:x|", location: at)
        #expect(emptyLabel.kind == .page && emptyLabel.label == nil)
    }
}
