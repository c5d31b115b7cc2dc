/// Splits text into the words the search index holds: folded, with apostrophes inside words
/// dropped ("Kofi's" → "kofis"), without common English words that would match everything.
///
/// `themes/default/assets/search.js` splits queries the same way (`words`); the stop words
/// reach it through the index, so there is one list.
package enum SearchTokenizer {
    /// Words too common to be worth finding; never indexed, ignored in queries.
    package static let stopWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "do", "for", "from",
        "had", "has", "have", "he", "her", "him", "his", "i", "if", "in", "into", "is", "it", "its",
        "me", "my", "of", "on", "or", "our", "she", "so", "than", "that", "the", "their", "them",
        "then", "there", "they", "this", "to", "us", "was", "we", "were", "when", "which", "who",
        "will", "with", "you", "your",
    ]

    /// Longer runs (codes, pasted links) are not words anyone searches for.
    package static let maxWordLength = 40

    /// The folded words of `text` in order, stop words included.
    package static func allWords(in text: String) -> [String] {
        var text = text
        if let words = text.withUTF8({ $0.allSatisfy { $0 < 0x80 } ? asciiWords($0) : nil }) { return words }
        return foldedWords(in: text)
    }

    /// `allWords` of an ASCII text (most plans), read over its bytes: lower-casing is the only
    /// folding ASCII needs. Equal to `foldedWords` on every ASCII text (`SearchTextTests`); the
    /// scalar walk and a new string per run were a tenth of the search index's time.
    static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var words: [String] = []
        var word: [UInt8] = []
        var pendingApostrophe = false
        func finish() {
            if !word.isEmpty, word.count <= maxWordLength { words.append(String(decoding: word, as: UTF8.self)) }
            word.removeAll(keepingCapacity: true)
        }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                pendingApostrophe = false
                word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                pendingApostrophe = false
                word.append(byte | 0x20)
            case UInt8(ascii: "'") where !word.isEmpty && !pendingApostrophe:
                pendingApostrophe = true
            default:
                pendingApostrophe = false
                finish()
            }
        }
        finish()
        return words
    }

    /// `allWords` of any text: folded (`SearchFolding`), then split scalar by scalar.
    static func foldedWords(in text: String) -> [String] {
        let folded = SearchFolding.fold(text)
        let scalars = folded.unicodeScalars
        var words: [String] = []
        // A word is copied from the folded text a run at a time (an apostrophe inside it ends
        // a run), not scalar by scalar.
        var word = ""
        var run: String.Index?
        var length = 0
        var pendingApostrophe = false
        func finish(at end: String.Index) {
            if let start = run { word += folded[start..<end] }
            if length > 0, length <= maxWordLength { words.append(word) }
            word = ""
            run = nil
            length = 0
        }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                pendingApostrophe = false
                if run == nil { run = index }
                length += 1
            } else if (scalar == "'" || scalar == "\u{2019}") && length > 0 && !pendingApostrophe {
                pendingApostrophe = true
                if let start = run { word += folded[start..<index] }
                run = nil
            } else {
                pendingApostrophe = false
                finish(at: index)
            }
            index = scalars.index(after: index)
        }
        finish(at: scalars.endIndex)
        return words
    }

    /// The folded words of `text` that the index keeps.
    package static func words(in text: String) -> [String] {
        // A word longer than every stop word is kept without hashing it.
        allWords(in: text).filter { $0.utf8.count > longestStopWord || !stopWords.contains($0) }
    }

    static let longestStopWord = stopWords.map(\.utf8.count).max() ?? 0

    /// Letters and digits in any script (search.js: `[\p{L}\p{N}]`).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || ("A"..."Z").contains(scalar)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
