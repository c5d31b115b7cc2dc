/// Splits text into words and the characters between them, keeping every character, so
/// that text can be rebuilt after marking words (glossary terms, acronyms).
public enum WordScanner {
    public enum Token: Equatable {
        case word(String)
        case other(String)

        public var text: String {
            switch self {
            case .word(let s), .other(let s): return s
            }
        }
    }

    static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }

    /// Words are runs of letters and digits; everything else is kept between them.
    public static func tokens(in text: String) -> [Token] {
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

    /// All-capital words of two or more letters (acronyms such as SALT or EHCP), with
    /// their 1-based column in `line`.
    public static func acronyms(in line: Substring) -> [(word: String, column: Int)] {
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
