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

    @Test("folding only the runs of non-ASCII characters gives what folding the whole text gives")
    func foldingRunsMatchesFoldingWhole() {
        let pieces = [
            "a", "Z", "e", " ", "'", "-", "9", "\u{301}", "\u{316}", "\u{308}", "é", "É", "Σ", "σ", "ς", "ΑΣ", "İ", "\u{212A}",
            "ß", "Æ", "Å", "ﬁ", "Ǆ", "ǅ", "ﬀ", "Ω", "\u{2126}", "한", "中", "😀", "\u{345}", "ı", "Ⅻ",
        ]
        var generator = GeneratedTexts(seed: 3)
        let texts =
            ["", "Zoë", "ΟΔΟΣ ΟΔΟΣ.", "ΑΣa", "aΣ", "e\u{301}\u{316}x", "İstanbul", "\u{301}a"]
            + generator.texts(500, of: pieces, longest: 15)
        for text in texts {
            #expect(SearchFolding.fold(text) == SearchFolding.foldWhole(text), "\(Array(text.unicodeScalars))")
        }
    }

    @Test("single-spacing over bytes agrees with Unicode's White_Space, scalar by scalar, for any text")
    func singleSpacedOverBytesMatchesScalars() {
        func reference(_ text: String) -> String {
            var out = String.UnicodeScalarView()
            var pending = false
            for scalar in text.unicodeScalars {
                if scalar.properties.isWhitespace {
                    pending = !out.isEmpty
                } else {
                    if pending { out.append(" ") }
                    pending = false
                    out.append(scalar)
                }
            }
            return String(out)
        }
        // Every White_Space scalar, and others that share their first byte or length.
        let white =
            [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000]
            + Array(0x2000...0x200A)
        let other = [0x41, 0x7A, 0x1C, 0xA9, 0xE9, 0x1681, 0x2014, 0x2019, 0x200B, 0x3001, 0x4E2D, 0x1F600, 0x301]
        let alphabet = (white + other).compactMap(Unicode.Scalar.init).map { String($0) }
        var generator = GeneratedTexts(seed: 11)
        for string in generator.texts(400, of: alphabet, longest: 31) {
            #expect(SearchDocumentBuilder.singleSpaced(string) == reference(string), "\(Array(string.unicodeScalars))")
        }
    }

    @Test(
        "search text shows each wiki link as the page does: its label or its target's title; text that is no link stays as written"
    )
    func readableLinks() throws {
        let body = """
            Uses the [[visual-timetable]] daily, see [[page:apdr-calendar|the calendar]] and [[indes:speech-language/2]].
            Sister: [[plan:jacob-khan]]. In code, `[[visual-timetable]]` is text; so is [[[nothing]].

            """
        let fixture = Fixture(minimal: { $0["plans/amelia-khan.md"] = MinimalContent.plan(name: "Amelia Khan", body: body) })
        let (site, diagnostics) = fixture.analysedSite()
        let documents = SearchDocumentBuilder(site: try #require(site, "\(Fixture.formatted(diagnostics))")).documents()
        let plan = try #require(documents.first { $0.ref == PageRef(.plan, "amelia-khan") })
        let text = plan.parts.filter { $0.field == .text }.map(\.text).joined(separator: " ")
        #expect(
            text.contains(
                "Uses the Visual timetable daily, see the calendar and Speech and language (level 2). Sister: Jacob Khan."))
        #expect(text.contains("In code, [[visual-timetable]] is text; so is [[[nothing]]."))
    }

    @Test("a link the graph left unresolved shows its target, as the page does")
    func unresolvedLink() {
        let builder = SearchDocumentBuilder(
            site: AnalysedSite(
                model: ContentModel(root: "/", config: SiteConfig(setting: "School")), graph: LinkGraph(), audience: .staff))
        let links = [
            WikiLink(raw: "plan:amy|Amy", location: SourceLocation(file: "")),
            WikiLink(raw: "guide", location: SourceLocation(file: "")),
        ]
        #expect(
            builder.readable("Zoë likes [[plan:amy|Amy]] and [[guide]]]; not [[ this", links: links, resolved: [nil, nil])
                == "Zoë likes Amy and guide]; not [[ this")
        #expect(builder.readable("no links, only ]] and [", links: links, resolved: []) == "no links, only ]] and [")
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

    @Test("an ASCII text is split over its bytes into exactly the words the folding path gives")
    func asciiWordsMatchTheFoldedPath() {
        let samples = [
            "Kofi's now-and-next board (T1), 2 per week", "Parents' views", "don''t 'quoted' it's'",
            "ABC'DEF'GHI ''' x'y'z", String(repeating: "x", count: 40) + " " + String(repeating: "Y", count: 41),
            String(repeating: "ab'", count: 30), "", "   ", "'", "a'", "\r\n\t{}[]@#~`^_-=+*&%$",
        ]
        // And texts made of the characters that matter, in many arrangements (a fixed sequence).
        var generator = GeneratedTexts(seed: 42)
        let generated = generator.texts(300, of: "aZ9' -_.'\nQq0".map(String.init), longest: 60)
        for text in samples + generated {
            let fast = text.utf8.withContiguousStorageIfAvailable { SearchTokenizer.asciiWords($0) }
            #expect(fast == SearchTokenizer.foldedWords(in: text), "\(text)")
            #expect(SearchTokenizer.allWords(in: text) == SearchTokenizer.foldedWords(in: text))
        }
    }

    @Test("common words are not indexed, and over-long runs are not words")
    func stopWordsAndLongRuns() {
        #expect(SearchTokenizer.words(in: "The child and the adult") == ["child", "adult"])
        #expect(SearchTokenizer.allWords(in: "The child") == ["the", "child"])
        #expect(SearchTokenizer.words(in: String(repeating: "x", count: 41) + " ok") == ["ok"])
    }
}
