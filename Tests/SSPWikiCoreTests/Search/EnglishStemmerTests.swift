import Testing

@testable import SSPWikiCore

@Suite("English stemmer")
struct EnglishStemmerTests {
    @Test("plural and verb forms of a word share its stem")
    func families() {
        let families = [
            ["review", "reviews", "reviewed", "reviewing"],
            ["need", "needs", "needed"],
            ["plan", "plans", "planned", "planning"],
            ["class", "classes"],
            ["reach", "reaches", "reached"],
            ["study", "studies"],
            ["make", "making"],
            ["relate", "related", "relating", "relation"],
            ["communicate", "communication", "communicating", "communications"],
            ["aware", "awareness"],
            ["agree", "agreed"],
        ]
        for family in families {
            let stems = Set(family.map(EnglishStemmer.stem))
            #expect(stems.count == 1, "\(family) → \(stems)")
        }
    }

    @Test("stems that must not change or must stay apart")
    func cautious() {
        #expect(EnglishStemmer.stem("focus") == "focus")
        #expect(EnglishStemmer.stem("analysis") == "analysis")
        #expect(EnglishStemmer.stem("glass") == "glass")
        #expect(EnglishStemmer.stem("speed") == "speed")
        #expect(EnglishStemmer.stem("sing") == "sing")
        #expect(EnglishStemmer.stem("station") == "station")
        // Short words and names are left alone, so "Tim" never finds "time".
        #expect(EnglishStemmer.stem("tim") == "tim")
        #expect(EnglishStemmer.stem("time") != EnglishStemmer.stem("tim"))
        // Words with letters outside a–z are left as they are.
        #expect(EnglishStemmer.stem("αθηνας") == "αθηνας")
    }

    @Test("precise words keep their identity")
    func distinct() {
        #expect(EnglishStemmer.stem("reading") == "read")
        #expect(EnglishStemmer.stem("teaching") == "teach")
        #expect(EnglishStemmer.stem("teacher") != EnglishStemmer.stem("teaching"))
        #expect(EnglishStemmer.stem("running") == "run")
        #expect(EnglishStemmer.stem("called") == "call")
    }
}
