import Testing

@testable import SSPWikiCore

@Suite("INDES sections, PEaSS entries, pages and the glossary")
struct CatalogueTests {
    let model: ContentModel?

    init() {
        model = Fixture(minimal: { _ in }).analyse().model
    }

    @Test func anIndesSectionHasItsTitleAreaAndLevelScale() throws {
        let section = try #require(model?.indes.first)
        #expect(section.id == "speech-language")
        #expect(section.path == "indes/speech-language.md")
        #expect(section.title == "Speech and language")
        #expect(section.area == "Communication and interaction")
        #expect(section.levels.map(\.level) == [0, 1, 2, 3, 4])
        #expect(section.label(for: 0) == "Typically developing")
        #expect(section.label(for: 4) == "Complex needs")
        #expect(section.label(for: 5) == nil)
        #expect(section.body.hasPrefix("What speech and language needs look like"))
    }

    @Test func levelsWrittenOutOfOrderAreSorted() throws {
        let indes = "---\ntitle: Vision\nlevels:\n  - level: 2\n    label: B\n  - level: 0\n    label: A\n---\n"
        let section = try #require(
            Fixture(minimal: { $0["indes/vision.md"] = indes }).analyse().model?.indes.first { $0.id == "vision" })
        #expect(section.levels == [IndesLevel(level: 0, label: "A"), IndesLevel(level: 2, label: "B")])
    }

    @Test func anIndesSectionWithoutLevelsOrWithARepeatedLevelIsAnError() {
        let fixture = Fixture(minimal: {
            $0["indes/vision.md"] = "---\ntitle: Vision\n---\n"
            $0["indes/hearing.md"] = "---\ntitle: Hearing\nlevels:\n  - level: 1\n    label: A\n  - level: 1\n    label: B\n---\n"
        })
        let diagnostics = fixture.analyse().diagnostics
        #expect(single(diagnostics, "indes/vision.md", "needs its level scale in 'levels'")?.severity == .error)
        #expect(single(diagnostics, "indes/hearing.md", "level 1 is listed twice")?.location.line == 6)
    }

    @Test func aPeassEntryHasItsTitleCategoryAndLevel() throws {
        let entry = try #require(model?.peass.first)
        #expect(entry.id == "visual-timetable")
        #expect(entry.title == "Visual timetable")
        #expect(entry.category == .communicationInteraction)
        #expect(entry.level == .classroom)
        #expect(entry.body.hasPrefix("A timetable in pictures"))
    }

    @Test func aPageHasItsTitleAndBody() throws {
        let page = try #require(model?.pages.first)
        #expect(page.id == "apdr-calendar")
        #expect(page.path == "pages/apdr-calendar.md")
        #expect(page.title == "Our APDR calendar")
        #expect(page.body == "Reviews happen once a term.\n")
        #expect(page.bodyLine == 4)
    }

    @Test func theGlossaryListsTermsWithTheirMeaningAndLine() throws {
        let terms = try #require(model?.glossary)
        #expect(terms.map(\.term) == ["ELSA", "SALT"])
        #expect(terms.map(\.meaning) == ["Emotional Literacy Support Assistant", "Speech and Language Therapist"])
        #expect(
            terms.map(\.location) == [
                SourceLocation(file: "glossary.yml", line: 2, column: 1),
                SourceLocation(file: "glossary.yml", line: 1, column: 1),
            ])
        #expect(terms.first?.anchor == "term-elsa")
    }

    @Test func aGlossaryTermWithoutAMeaningIsAnError() {
        let fixture = Fixture(minimal: { $0["glossary.yml"] = "SALT: Speech and Language Therapist\nELSA:\n" })
        let error = single(fixture.analyse().diagnostics, "glossary.yml", "glossary term 'ELSA' has no explanation")
        #expect(error?.severity == .error)
        #expect(error?.location.line == 2)
    }

    @Test func aGlossaryThatIsNotAListOfTermsIsAnError() {
        let fixture = Fixture(minimal: { $0["glossary.yml"] = "- SALT\n- ELSA\n" })
        let error = single(fixture.analyse().diagnostics, "glossary.yml", "must list terms as `TERM: what it means`")
        #expect(error?.location == SourceLocation(file: "glossary.yml", line: 1, column: 1))
    }

    @Test func aPeassEntryOrPageWithoutATitleIsAnError() {
        let fixture = Fixture(minimal: {
            $0["peass/fidget.md"] = "---\ncategory: physical-sensory\n---\n"
            $0["pages/notes.md"] = "---\nauthor: me\n---\n"
        })
        let diagnostics = fixture.analyse().diagnostics
        #expect(
            single(diagnostics, "peass/fidget.md", "missing required field 'title'")?.location
                == SourceLocation(file: "peass/fidget.md", line: 1, column: 1))
        #expect(single(diagnostics, "pages/notes.md", "missing required field 'title'") != nil)
        #expect(single(diagnostics, "pages/notes.md", "unknown field 'author'")?.severity == .warning)
    }
}
