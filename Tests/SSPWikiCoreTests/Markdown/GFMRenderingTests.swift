import Testing

@testable import SSPWikiCore

/// CommonMark with GitHub tables, task lists, strikethrough and autolinks.
@Suite("Markdown: GitHub extensions render")
struct GFMRenderingTests {
    @Test func tablesRender() {
        let html = renderedBody("| Who | When |\n| --- | ---: |\n| TA | Monday |\n")
        #expect(html.contains("<table>"))
        #expect(html.contains("<th>Who</th>"))
        #expect(html.contains("<th align=\"right\">When</th>"))
        #expect(html.contains("<td>TA</td>"))
        #expect(html.contains("<td align=\"right\">Monday</td>"))
    }

    @Test func aTableScrollsInALabelledBoxTheKeyboardReaches() {
        let body =
            "| Who & why | When |\n| --- | --- |\n| TA | Monday |\n\n## Later\n\n| Who & why | When |\n| --- | --- |\n| SENDCo | Friday |\n"
        let html = MarkdownParser().parse(body, file: "pages/test.md", firstLine: 1).sections.map(\.html).joined()
        #expect(
            html.contains(
                "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Table: Who &amp; why, When\">\n<table>"))
        // Two tables with the same headings get names of their own (a page's landmarks must differ).
        #expect(html.contains("aria-label=\"Table: Who &amp; why, When (2)\">\n<table>"))
        #expect(html.components(separatedBy: "</table>\n</div>").count == 3)
    }

    @Test func strikethroughRenders() {
        #expect(renderedBody("Was ~~weekly~~ now daily.\n").contains("Was <del>weekly</del> now daily."))
    }

    @Test func bareWebAddressesBecomeLinks() {
        let html = renderedBody("See www.example.org and https://example.org/guide.\n")
        #expect(html.contains("<a href=\"http://www.example.org\">www.example.org</a>"))
        #expect(html.contains("<a href=\"https://example.org/guide\">https://example.org/guide</a>."))
    }

    @Test func taskListsRender() {
        let html = renderedBody("- [x] Visual timetable made\n- [ ] Meet with Mum\n")
        #expect(html.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" /> Visual timetable made"))
        #expect(html.contains("<input type=\"checkbox\" disabled=\"\" aria-label=\"Not done\" /> Meet with Mum"))
    }

    @Test func ordinaryCommonMarkRenders() {
        let html = renderedBody("Some *emphasis*, **strong** and `code`.\n\n> A quote\n\n1. one\n2. two\n")
        #expect(html.contains("<em>emphasis</em>"))
        #expect(html.contains("<strong>strong</strong>"))
        #expect(html.contains("<code>code</code>"))
        #expect(html.contains("<blockquote>"))
        #expect(html.contains("<ol>\n<li>one</li>"))
    }

    @Test func codeBlocksKeepTheirLanguageAndEscapeTheirText() {
        let html = renderedBody("```swift\nlet x = \"<b>\" && y\n```\n")
        #expect(html.contains("<pre lang=\"swift\"><code>let x = &quot;&lt;b&gt;&quot; &amp;&amp; y\n</code></pre>"))
    }

    @Test func bodyTextIsKeptForSearch() throws {
        let fixture = Fixture(minimal: {
            $0["pages/test.md"] = MinimalContent.page(body: "Amy likes **horses**.\n\n`code here`\n")
        })
        let page = try #require(fixture.analyse().model?.pages.first { $0.id == "test" })
        #expect(page.document.plainText.contains("horses"))
        #expect(page.document.plainText.contains("code here"))
        #expect(!page.document.plainText.contains("**"))
    }
}
