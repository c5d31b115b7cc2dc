import Testing

@testable import SSPWikiCore

@Suite("Search text: folding and words")
struct SearchTextTests {
    @Test("folding ignores case and accents, and spells out letters without accents to remove")
    func folding() {
        #expect(SearchFolding.fold("Zoë") == "zoe")
        #expect(SearchFolding.fold("ÉLODIE Núñez") == "elodie nunez")
        #expect(SearchFolding.fold("Straße") == "strasse")
        #expect(SearchFolding.fold("Łukasz Søren Æsa") == "lukasz soren aesa")
        // A decomposed accent (e + combining diaeresis) folds like the composed letter.
        #expect(SearchFolding.fold("Zoe\u{308}") == "zoe")
    }

    @Test("snippet text is single-spaced, the same whether the text is ASCII or not")
    func singleSpaced() {
        #expect(
            SearchDocumentBuilder.singleSpaced("  Uses a\tvisual\r\n\n timetable \u{0B} daily. ")
                == "Uses a visual timetable daily.")
        #expect(SearchDocumentBuilder.singleSpaced(" \n\t ") == "")
        #expect(SearchDocumentBuilder.singleSpaced("Zoë  likes\u{00A0}\u{00A0}music\n") == "Zoë likes music")
        for text in ["a\u{1C}b  c", "\r\n x \r\n", "one\u{0C}two"] {
            #expect(SearchDocumentBuilder.singleSpaced(text) == text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        }
    }

    @Test("search text shows each wiki link as its label or target, and leaves an unclosed one as written")
    func readableLinks() {
        let builder = SearchDocumentBuilder(model: ContentModel(root: "/", config: SiteConfig(setting: "School")))
        #expect(
            builder.readable("Zoë likes [[plan:amy|Amy]] and [[guide]]]; not [[ this") == "Zoë likes Amy and guide]; not [[ this")
        #expect(builder.readable("[[[a]]") == "[a")
        #expect(builder.readable("no links, only ]] and [") == "no links, only ]] and [")
    }

    @Test("words are runs of letters and digits, folded, with apostrophes inside words dropped")
    func words() {
        #expect(
            SearchTokenizer.words(in: "Kofi's now-and-next board (T1), 2 per week") == [
                "kofis", "now", "next", "board", "t1", "2", "per", "week",
            ])
        #expect(SearchTokenizer.words(in: "Parents' views") == ["parents", "views"])
        #expect(SearchTokenizer.words(in: "Zoë Ørsted") == ["zoe", "orsted"])
        #expect(SearchTokenizer.words(in: "Łódź, Αθηνά") == ["lodz", "αθηνα"])
    }

    @Test("common words are not indexed, and over-long runs are not words")
    func stopWordsAndLongRuns() {
        #expect(SearchTokenizer.words(in: "The child and the adult") == ["child", "adult"])
        #expect(SearchTokenizer.allWords(in: "The child") == ["the", "child"])
        #expect(SearchTokenizer.words(in: String(repeating: "x", count: 41) + " ok") == ["ok"])
    }
}
