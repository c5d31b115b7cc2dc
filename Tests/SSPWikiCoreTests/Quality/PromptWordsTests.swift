import Testing

@testable import SSPWikiCore

/// The byte-by-byte path of `PromptWords` gives what going by `Character` gives.
@Suite struct PromptWordsTests {
    static let samples = [
        "", " ", "\t\n", "What does Amy enjoy?", "- What does  Amy\tenjoy?\r\nShe likes * horses -",
        "Ünïcode wörds and – dashes", "ALL CAPS Words 25% 3x", "a\u{0B}b\u{0C}c\rd", "x\u{00A0}y z", "- *", "1 2 three",
    ]

    @Test(arguments: samples) func wordsMatchTheReference(_ text: String) {
        #expect(PromptWords.lowercased(text).map(String.init) == PromptWords.byCharacter(text))
        let reference = text.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }.count
        #expect(PromptWords.count(text) == reference)
        #expect(PromptWords.isBlank(text) == text.allSatisfy(\.isWhitespace))
    }

    @Test func randomASCIIMatchesTheReference() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aB3 -*\t\n\r?.,Z")
        for _ in 0..<2000 {
            let text = String(
                (0..<Int.random(in: 0...30, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            #expect(PromptWords.lowercased(text).map(String.init) == PromptWords.byCharacter(text), "\(text.debugDescription)")
            #expect(
                PromptWords.count(text)
                    == text.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }.count)
        }
    }
}
