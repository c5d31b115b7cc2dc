import Testing

@testable import SSPWikiCore

@Suite("WordScanner: words, and acronyms with their columns")
struct WordScannerTests {
    @Test func acronymsAreAllCapitalWordsOfTwoOrMoreLetters() {
        let found = WordScanner.acronyms(in: "The SALT report and the EHCP review")
        #expect(found.map(\.word) == ["SALT", "EHCP"])
        #expect(found.map(\.column) == [5, 25])
    }

    @Test func singleCapitalsMixedCaseAndDigitsAreNotAcronyms() {
        #expect(WordScanner.acronyms(in: "I met A Patel in Y7 about SALTs and Salt").isEmpty)
    }

    @Test func acronymsNextToPunctuationAreFound() {
        let found = WordScanner.acronyms(in: "(ELSA), SENDCo and TA's notes: PE.")
        #expect(found.map(\.word) == ["ELSA", "TA", "PE"])
        #expect(found.map(\.column) == [2, 20, 32])
    }

    @Test func columnsCountCharactersNotBytes() {
        let found = WordScanner.acronyms(in: "Café über SALT")
        #expect(found.count == 1)
        #expect(found.first?.column == 11)
    }

    @Test func asciiTextIsSplitExactlyAsCharacterByCharacter() {
        for text in ["Amy's SALT, twice a week (20 min)!", "line one\r\nline two\r\n", "  x2y  ", "", "-", "ABC", "a\u{7F}b\tc"] {
            #expect(WordScanner.tokens(in: text) == WordScanner.characterTokens(in: text), "\(text)")
        }
    }

    @Test func tokensKeepEveryCharacterSoTextCanBeRebuilt() {
        let text = "Amy's SALT — twice a week, 20 min!"
        let tokens = WordScanner.tokens(in: text)
        #expect(tokens.map(\.text).joined() == text)
        #expect(tokens.first == .word("Amy"))
        #expect(tokens.contains(.word("SALT")))
        #expect(tokens.contains(.word("20")))
    }

    @Test func emptyTextHasNoTokens() {
        #expect(WordScanner.tokens(in: "").isEmpty)
        #expect(WordScanner.acronyms(in: "").isEmpty)
    }
}
