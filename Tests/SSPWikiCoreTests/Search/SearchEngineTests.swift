import Testing

@testable import SSPWikiCore

@Suite("Search engine: matching and ranking")
struct SearchEngineTests {
    @Test("a name ranks above a need or provision, which ranks above the body text")
    func ranking() {
        let fixture = Fixture(
            SearchContent.with([
                "plans/a.md": SearchContent.plan("Amy Body", body: "## About me\n\nI like the harbour and boats."),
                "plans/b.md": SearchContent.plan(
                    "Ben Need",
                    """
                    needs:
                      - indes: literacy
                        level: 2
                        summary: Finds harbour words hard to read
                    """),
                "plans/c.md": SearchContent.plan("Cara Harbour"),
                "plans/d.md": SearchContent.plan("Dan Known", "known_as: Harbour"),
            ]))
        #expect(fixture.searchEngine().titles("harbour") == ["Cara Harbour", "Dan Known", "Ben Need", "Amy Body"])
    }

    @Test("every query word must match; a word in more fields scores higher")
    func allWordsMustMatch() {
        let fixture = Fixture(
            SearchContent.with([
                "plans/a.md": SearchContent.plan("Amy Stone", body: "Loves maths and reading."),
                "plans/b.md": SearchContent.plan("Ben Stone", body: "Loves reading."),
            ]))
        let engine = fixture.searchEngine()
        #expect(engine.titles("stone maths") == ["Amy Stone"])
        #expect(engine.titles("stone reading").count == 2)
        #expect(engine.titles("the and").isEmpty)
    }

    @Test("prefixes of three letters or more find whole words, below exact matches")
    func prefixes() {
        let fixture = Fixture(
            SearchContent.with([
                "plans/a.md": SearchContent.plan(
                    "Amy Stone", "provisions:\n  - what: Daily probes\n    peass: precision-teaching"),
                "plans/b.md": SearchContent.plan("Ben Precis"),
            ]))
        let engine = fixture.searchEngine()
        #expect(engine.titles("precis") == ["Ben Precis", "Precision teaching", "Amy Stone"])
        #expect(engine.matches(for: "precis")["precision"] == .prefix)
        #expect(engine.titles("pr").isEmpty)
        // When the files a prefix needs are over budget, only whole words match.
        #expect(engine.matches(for: "precis", prefixBudget: 0)["precision"] == nil)
        #expect(engine.matches(for: "precision", prefixBudget: 0)["precision"] == .exact)
    }

    @Test("stems join the forms of a word: 'reviews' finds 'reviewed'")
    func stems() {
        let fixture = Fixture(
            SearchContent.with(["plans/a.md": SearchContent.plan("Amy Stone", body: "The plan was reviewed in May.")]))
        let engine = fixture.searchEngine()
        #expect(engine.titles("reviews") == ["Amy Stone"])
        #expect(engine.matches(for: "reviews")["reviewed"] == .stem)
    }

    @Test("one typing mistake is forgiven in words of five letters or more, and only when nothing matches")
    func typos() {
        let fixture = Fixture(
            SearchContent.with([
                "plans/a.md": SearchContent.plan("Amy Stone", body: "Review of swimming. Kofi helps."),
                "plans/b.md": SearchContent.plan("Ben Heading", body: "Good at skimming stones."),
            ]))
        let engine = fixture.searchEngine()
        #expect(engine.titles("reveiw") == ["Amy Stone"])  // two letters swapped
        #expect(engine.titles("revuew") == ["Amy Stone"])  // a letter changed
        #expect(engine.titles("swiming") == ["Amy Stone"])  // a letter missing
        #expect(engine.titles("sswimming") == ["Amy Stone"])  // a letter too many, at the start
        #expect(engine.titles("sxumming").isEmpty)  // two mistakes
        #expect(Set(engine.titles("sximming")) == ["Amy Stone", "Ben Heading"])  // one from each
        #expect(engine.titles("swimming") == ["Amy Stone"])  // spelt right: "skimming" is not offered
        #expect(engine.titles("kofu").isEmpty)  // four letters: not corrected
    }

    @Test("one edit means one letter added, removed, changed, or two neighbours swapped")
    func withinOneEdit() {
        #expect(SearchEngine.withinOneEdit("review", "review"))
        #expect(SearchEngine.withinOneEdit("review", "reveiw"))
        #expect(SearchEngine.withinOneEdit("review", "reviews"))
        #expect(SearchEngine.withinOneEdit("review", "revew"))
        #expect(SearchEngine.withinOneEdit("review", "rexiew"))
        #expect(SearchEngine.withinOneEdit("review", "rveiew"))
        #expect(!SearchEngine.withinOneEdit("review", "rviewe"))
        #expect(!SearchEngine.withinOneEdit("review", "reviewed"))
        #expect(!SearchEngine.withinOneEdit("review", "xeviex"))
    }

    @Test("accents and case are ignored both ways: 'zoe' finds Zoë and 'ZOË' finds Zoe")
    func accents() {
        let fixture = Fixture(
            SearchContent.with([
                "plans/a.md": SearchContent.plan("Zoë Brontë"),
                "plans/b.md": SearchContent.plan("Zoe Smith"),
            ]))
        let engine = fixture.searchEngine()
        #expect(Set(engine.titles("zoe")) == ["Zoe Smith", "Zoë Brontë"])
        #expect(engine.titles("ZOË bronte") == ["Zoë Brontë"])
    }
}
