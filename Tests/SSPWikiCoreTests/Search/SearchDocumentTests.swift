import Foundation
import Testing

@testable import SSPWikiCore

@Suite("Search documents and index files")
struct SearchDocumentTests {
    static let fixture = Fixture(
        SearchContent.with([
            "plans/amy.md": SearchContent.plan(
                "Amy Quince",
                """
                known_as: Ames
                dob: 2017-03-14
                medical: Peanut allergy; EpiPen in the office
                class: Kestrels
                case_holder: Mr D Evans
                flags: [eal, medical]
                needs:
                  - indes: literacy
                    level: 3
                    summary: Decodes slowly
                provisions:
                  - what: Daily probes of sight words
                    peass: precision-teaching
                targets:
                  - id: T1
                    outcome: Read 40 sight words in a minute
                """, body: "## About me\n\nI like [[peass:precision-teaching]] and [[indes:literacy/3|my reading level]]."),
            "plans/draft.md": SearchContent.plan("Dora Draftly", "status: draft"),
            "plans/old.md": SearchContent.plan("Otto Oldfield", "status: archived"),
            "pages/guide.md": "---\ntitle: Quince guide\n---\nHow we plan.\n",
        ]))

    @Test("drafts are never indexed; archived plans are found only when asked for")
    func draftsAndArchived() {
        let engine = Self.fixture.searchEngine()
        #expect(!engine.index.documents.contains { $0.title == "Dora Draftly" })
        #expect(engine.titles("dora").isEmpty)
        #expect(engine.titles("otto").isEmpty)
        #expect(engine.titles("otto", includeArchived: true) == ["Otto Oldfield"])
        let writer = Self.fixture.searchWriter()
        #expect(!writer.files().contains { $0.text.contains("Dora") || $0.text.lowercased().contains("draftly") })
    }

    @Test("dates of birth and medical notes are in no index file")
    func privacy() {
        let files = Self.fixture.searchWriter().files()
        let all = files.map(\.text).joined()
        #expect(!all.contains("EpiPen") && !all.lowercased().contains("epipen") && !all.contains("Peanut"))
        #expect(!all.contains("2017-03-14") && !all.contains(String(Day(iso: "2017-03-14")!.ordinal)))
        #expect(Self.fixture.searchEngine().titles("peanut").isEmpty)
    }

    @Test("a plan is found by its known-as name, class, case holder, need, strategy and target")
    func fields() {
        let engine = Self.fixture.searchEngine()
        for query in ["ames", "kestrels", "evans", "decodes", "reading and writing", "precision teaching", "sight words minute"] {
            #expect(engine.titles(query).contains("Amy Quince"), "\(query)")
        }
        let amy = engine.index.documents.first { $0.title == "Amy Quince" }!
        let body = amy.parts.filter { $0.field == .text }.map(\.text).joined()
        #expect(body.contains("I like Precision teaching and my reading level."))
        #expect(amy.plan?.flags == [.eal, .medical])
    }

    @Test("the index files are scripts that fill the global sspSearchData")
    func files() {
        let files = Self.fixture.searchWriter().files()
        let paths = Set(files.map(\.path))
        #expect(paths.contains("search/index.js"))
        let index = files.first { $0.path == "search/index.js" }!.text
        #expect(index.hasPrefix("sspSearchData.meta={"))
        #expect(
            files.contains {
                $0.text.hasPrefix("sspSearchData.text[") && $0.text.contains("=[\"amy\",\"Amy Quince\",\"Ames\",[[2,")
            })
        #expect(index.contains("classes:[\"Kestrels\"]"))
        #expect(files.allSatisfy { $0.text.hasPrefix("sspSearchData.") && $0.path.hasSuffix(".js") })
        let docs = Self.fixture.searchIndex().documents
        #expect((0..<docs.count).allSatisfy { paths.contains("search/x/\($0).js") })
        #expect(paths.contains("search/v/first-q.js") && paths.contains("search/v/last-e.js"))
    }

    @Test("a record leaves out an id that the title gives, and only then")
    func derivedIDs() {
        #expect(SearchIndexWriter.derivedID("Zoë O'Neil-Smith") == "zoe-o-neil-smith")
        let fixture = Fixture(
            SearchContent.with([
                "plans/zoe-o-neil.md": SearchContent.plan("Zoë O'Neil"), "plans/zed.md": SearchContent.plan("Zed Zebra"),
            ]))
        let texts = fixture.searchWriter().files().map(\.text)
        #expect(texts.contains { $0.contains("=[\"\",\"Zoë O'Neil\",") })
        #expect(texts.contains { $0.contains("=[\"zed\",\"Zed Zebra\",") })
    }
}
