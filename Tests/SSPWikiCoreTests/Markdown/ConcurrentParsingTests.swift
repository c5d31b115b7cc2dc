import Testing

@testable import SSPWikiCore

/// cmark-gfm keeps extension state in globals; parsing on many threads at once must still give
/// every document its autolinks, tables and strikethrough.
@Suite("Markdown: parsing in parallel")
struct ConcurrentParsingTests {
    @Test func everyDocumentKeepsItsExtensionsWhenParsedInParallel() {
        let filler = String(
            repeating: "Some ordinary words about reading and writing in class, with no links at all.\n\n", count: 40)
        let text = filler + "See https://example.org/guide and ~~old~~ new.\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n" + filler
        let parser = MarkdownParser()
        let documents = ParallelMap.map(Array(0..<1500)) { index in
            parser.parse(text, file: "plans/p\(index).md", firstLine: 1)
        }
        let html = documents.map { $0.sections.map(\.html).joined() }
        #expect(html.allSatisfy { $0.contains("<a href=\"https://example.org/guide\">") }, "an autolink was lost")
        #expect(html.allSatisfy { $0.contains("<table>") }, "a table was lost")
        #expect(html.allSatisfy { $0.contains("<del>old</del>") }, "strikethrough was lost")
    }
}
