/// Splits text into words and the characters between them, keeping every character, so
/// that text can be rebuilt after marking words (glossary terms, acronyms).
package enum WordScanner {
    package enum Token: Equatable {
        case word(String)
        case other(String)

        package var text: String {
            switch self {
            case .word(let s), .other(let s): return s
            }
        }
    }

    static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }

    /// Words are runs of letters and digits; everything else is kept between them.
    package static func tokens(in text: String) -> [Token] {
        text.utf8.allSatisfy({ $0 < 0x80 }) ? asciiTokens(in: Array(text.utf8)) : characterTokens(in: text)
    }

    /// `tokens(in:)` for any text, by `Character`.
    static func characterTokens(in text: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var inWord = false
        for c in text {
            let isWord = isWordCharacter(c)
            if isWord != inWord && !current.isEmpty {
                tokens.append(inWord ? .word(current) : .other(current))
                current = ""
            }
            inWord = isWord
            current.append(c)
        }
        if !current.isEmpty { tokens.append(inWord ? .word(current) : .other(current)) }
        return tokens
    }

    /// `tokens(in:)` for ASCII text, byte by byte: the same tokens, many times quicker than
    /// going by `Character`. In ASCII the letters and digits are exactly A–Z, a–z and 0–9.
    static func asciiTokens(in bytes: [UInt8]) -> [Token] {
        func isWord(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        var tokens: [Token] = []
        var start = 0
        var inWord = false
        for (index, byte) in bytes.enumerated() {
            let word = isWord(byte)
            if word != inWord && index > start {
                let text = String(decoding: bytes[start..<index], as: UTF8.self)
                tokens.append(inWord ? .word(text) : .other(text))
                start = index
            }
            inWord = word
        }
        if start < bytes.count {
            let text = String(decoding: bytes[start...], as: UTF8.self)
            tokens.append(inWord ? .word(text) : .other(text))
        }
        return tokens
    }

    /// All-capital words of two or more letters (acronyms such as SALT or EHCP), with
    /// their 1-based column in `line`.
    package static func acronyms(in line: Substring) -> [(word: String, column: Int)] {
        var found: [(String, Int)] = []
        var column = 1
        for token in tokens(in: String(line)) {
            if case .word(let w) = token, w.count >= 2, w.allSatisfy({ $0.isUppercase && $0.isLetter }) {
                found.append((w, column))
            }
            column += token.text.count
        }
        return found
    }
}
