import Testing

@testable import SSPWikiCore

@Suite("Search index writer")
struct SearchIndexWriterTests {
    static let fixture = Fixture(
        SearchContent.with([
            "plans/amy-khan.md": SearchContent.plan(
                "Amy Khan", "known_as: Amy",
                body: "Amy   reads with [[precision-teaching]]\n\nand\tspells well. Zoë helps."),
            "plans/ben-ola.md": SearchContent.plan("Ben Ola", body: "Ben likes [[literacy|reading]] groups."),
            "pages/routines.md": "---\ntitle: Morning routines\n---\nEvery day starts with  a check-in.\n",
        ]))

    @Test("the site's writer keeps no texts, and its text records are those of the full documents")
    func recordsMadeAgain() {
        let site = Self.fixture.analysedSite().site!
        let writer = SearchIndexWriter(site: site)
        #expect(writer.index.documents.allSatisfy { $0.parts.isEmpty })
        let documents = SearchDocumentBuilder(site: site).documents()
        let full = SearchIndexWriter(documents: documents, indes: site.model.indes, flags: site.model.filterFlags)
        #expect(full.index.documents.contains { !$0.parts.isEmpty })
        let made = writer.files()
        #expect(made.map(\.path) == full.files().map(\.path))
        #expect(made.map(\.text) == full.files().map(\.text))
        let records = made.filter { $0.path.hasPrefix("search/x/") }
        #expect(records.count == documents.count)
        #expect(records.contains { $0.text.contains("Amy reads with Precision teaching and spells well. Zoë helps.") })
    }

    @Test("text records come in batches of the size asked for, in document order")
    func batches() {
        let writer = SearchIndexWriter(site: Self.fixture.analysedSite().site!)
        var sizes: [Int] = []
        var paths: [String] = []
        writer.forEachBatch(size: 2) { batch in
            sizes.append(batch.count)
            paths += batch.map(\.path)
        }
        #expect(paths == writer.files().map(\.path))
        let records = paths.filter { $0.hasPrefix("search/x/") }
        #expect(records == (0..<records.count).map { "search/x/\($0).js" })
        #expect(sizes.dropFirst().allSatisfy { $0 <= 2 })
    }
}
