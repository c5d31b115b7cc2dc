/// The words of a text as the prompt and completeness checks compare them: split at white
/// space, lower-cased. Plan text is nearly always ASCII, and going byte by byte there is many
/// times quicker than `Character.isWhitespace` and `lowercased()`, which look up Unicode
/// properties for every character; other text goes by `Character` (the reference the tests
/// compare the fast path with).
enum PromptWords {
    /// Lower-case words separated by white space, without lone `-` and `*` (list markers).
    /// The words are slices of one lower-cased copy of the text, not a new string each: the
    /// prompt check scans every text of every plan this way.
    static func lowercased(_ text: some StringProtocol) -> [Substring] {
        guard var bytes = ascii(text) else { return byCharacter(text).map { Substring($0) } }
        for index in bytes.indices { bytes[index] = lower(bytes[index]) }
        let lowered = String(decoding: bytes, as: UTF8.self)
        let utf8 = lowered.utf8
        var words: [Substring] = []
        var start: String.Index?
        func end(at index: String.Index) {
            if let begin = start,
                !(utf8.index(after: begin) == index && (utf8[begin] == 0x2D || utf8[begin] == 0x2A))
            {
                words.append(lowered[begin..<index])
            }
            start = nil
        }
        var index = utf8.startIndex
        while index < utf8.endIndex {
            if isSpace(utf8[index]) {
                end(at: index)
            } else if start == nil {
                start = index
            }
            utf8.formIndex(after: &index)
        }
        end(at: utf8.endIndex)
        return words
    }

    /// Whether any word `lowercased` would give passes `test`, asked with the word's first
    /// byte lower-cased and its length in bytes, without making the words; nil when the text
    /// is not ASCII.
    static func anyWord(in text: some StringProtocol, where test: (UInt8, Int) -> Bool) -> Bool? {
        var text = String(text)
        return text.withUTF8 { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var start: Int?
            for index in 0...bytes.count {
                if index == bytes.count || isSpace(bytes[index]) {
                    if let begin = start, test(lower(bytes[begin]), index - begin) { return true }
                    start = nil
                } else if start == nil {
                    start = index
                }
            }
            return false
        }
    }

    /// How many white-space separated words hold a letter or a digit.
    static func count(_ text: some StringProtocol) -> Int {
        guard let bytes = ascii(text) else {
            return text.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }.count
        }
        var count = 0
        var inWord = false
        var counted = false
        for byte in bytes {
            if isSpace(byte) {
                inWord = false
            } else {
                if !inWord {
                    inWord = true
                    counted = false
                }
                if !counted && isAlphanumeric(byte) {
                    count += 1
                    counted = true
                }
            }
        }
        return count
    }

    /// Whether the text is only white space (or empty).
    static func isBlank(_ text: some StringProtocol) -> Bool {
        guard let bytes = ascii(text) else { return text.allSatisfy(\.isWhitespace) }
        return bytes.allSatisfy(isSpace)
    }

    /// The reference: by `Character`, for any text.
    static func byCharacter(_ text: some StringProtocol) -> [String] {
        text.lowercased().split(whereSeparator: \.isWhitespace).filter { $0 != "-" && $0 != "*" }.map(String.init)
    }

    private static func ascii(_ text: some StringProtocol) -> [UInt8]? {
        // Through `String`, whose bytes copy at once: the generic `Array(text.utf8)` asked at
        // run time whether the view was contiguous, a dynamic cast per call.
        let bytes = Array(String(text).utf8)
        return bytes.allSatisfy { $0 < 0x80 } ? bytes : nil
    }

    // In ASCII, `Character.isWhitespace` is true for tab, line feed, vertical tab, form feed,
    // carriage return and space (a CR LF pair is one Character, and white space too).
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
