import Testing

@testable import SSPWikiCore

/// The catalogues' lookup tables live beside the lists and follow every change to them, so the
/// stages that read them (rendering, quality, search, validation, fingerprints) share one.
@Suite("Content model: catalogue lookup tables")
struct ContentModelLookupTests {
    @Test func theTablesHoldEveryCatalogueEntryAfterParsing() throws {
        let model = try #require(Fixture(MinimalContent.files).analyse().model)
        #expect(!model.indes.isEmpty && !model.peass.isEmpty && !model.glossary.isEmpty)
        #expect(Set(model.indesByID.keys) == Set(model.indes.map(\.id)))
        #expect(Set(model.peassByID.keys) == Set(model.peass.map(\.id)))
        #expect(Set(model.pagesByID.keys) == Set(model.pages.map(\.id)))
        #expect(Set(model.glossaryByTerm.keys) == Set(model.glossary.map(\.term)))
    }

    @Test func aChangeToAListRemakesItsTableAndTheFirstOfTwoEntriesWins() throws {
        var model = try #require(Fixture(MinimalContent.files).analyse().model)
        let section = try #require(model.indes.first)
        model.indes = []
        #expect(model.indesByID.isEmpty)
        var renamed = section
        renamed.title = "Second of the same id"
        model.indes = [section, renamed]
        #expect(model.indesByID[section.id]?.title == section.title)
        model.glossary.removeAll()
        #expect(model.glossaryByTerm.isEmpty)
    }
}
