import Foundation

/// The prompt sentences of the plan archetypes that `sspwiki new plan` writes (the questions
/// and instructions a writer should replace with their own words), read from the theme's
/// `archetypes/plan-*.md` so that a change to an archetype changes the check with it.
///
/// A prompt is a front-matter value, paragraph or list item of an archetype that asks a
/// question (holds a `?`); each of its sentences of four words or more is looked for in plans.
struct ArchetypePrompts: Sendable {
    /// Normalised sentences (`normalise`), longest first.
    let sentences: [String]
    /// Each sentence's words, by its first word: a text is scanned word by word, which is
    /// much cheaper than looking for every sentence in every text.
    private let byFirstWord: [Substring: [[Substring]]]
    /// The length of the shortest sentence in UTF-8 bytes: shorter texts (most field values)
    /// cannot hold one.
    private let shortest: Int
    /// For each byte a sentence's first word starts with, the lengths such words have (bit n
    /// for n bytes, bit 63 for 63 or more): most words of a text are none of them, and are
    /// passed over without hashing them.
    private let firstWordShapes: [UInt64]

    init(archetypes: [String]) {
        var found = Set<String>()
        for text in archetypes {
            for prompt in Self.promptTexts(in: text) {
                for sentence in Self.sentences(of: prompt) where sentence.split(separator: " ").count >= 4 {
                    found.insert(sentence)
                }
            }
        }
        sentences = found.sorted { ($0.count, $0) > ($1.count, $1) }
        var index: [Substring: [[Substring]]] = [:]
        for sentence in sentences {
            let words = sentence.split(separator: " ")
            index[words[0], default: []].append(words)
        }
        byFirstWord = index
        shortest = sentences.map(\.utf8.count).min() ?? Int.max
        var shapes = [UInt64](repeating: 0, count: 256)
        for word in index.keys {
            guard let first = word.utf8.first else { continue }
            shapes[Int(first)] |= Self.lengthBit(word.utf8.count)
        }
        firstWordShapes = shapes
    }

    private static func lengthBit(_ length: Int) -> UInt64 { 1 << UInt64(min(length, 63)) }

    /// Whether a word whose first byte is `first` and which is `length` bytes long may begin a
    /// sentence.
    private func mayBegin(_ first: UInt8, _ length: Int) -> Bool {
        firstWordShapes[Int(first)] & Self.lengthBit(length) != 0
    }

    /// The prompts of the built-in theme's plan archetypes.
    static let builtIn = ArchetypePrompts(
        archetypes: ThemeFile.layered(overrides: [])
            .filter { $0.key.hasPrefix("archetypes/plan-") && $0.key.hasSuffix(".md") }
            .sorted { $0.key < $1.key }
            .compactMap { $0.value.text() })

    /// A prompt sentence `text` holds (normalised), if any.
    func prompt(in text: some StringProtocol) -> String? {
        guard text.utf8.count >= shortest, PromptWords.anyWord(in: text, where: mayBegin) != false else { return nil }
        // The words as `normalise` gives them: lower case, without list markers.
        let words = PromptWords.lowercased(text)
        for start in words.indices {
            let word = words[start]
            guard let first = word.utf8.first, mayBegin(first, word.utf8.count),
                let candidates = byFirstWord[word]
            else { continue }
            for sentence in candidates
            where start + sentence.count <= words.count
                && zip(words[start...], sentence).allSatisfy({ $0 == $1 })
            {
                return sentence.joined(separator: " ")
            }
        }
        return nil
    }

    /// Lower-case words separated by single spaces, without Markdown list markers.
    static func normalise(_ text: some StringProtocol) -> String {
        var words: [Substring] = []
        for line in String(text).split(separator: "\n", omittingEmptySubsequences: true) {
            var rest = line.drop { $0 == " " || $0 == "\t" }
            if rest.hasPrefix("- ") || rest.hasPrefix("* ") { rest = rest.dropFirst(2) }
            words += rest.split(whereSeparator: \.isWhitespace)
        }
        return words.joined(separator: " ").lowercased()
    }

    /// Values, paragraphs and list items of an archetype that ask a question.
    static func promptTexts(in archetype: String) -> [String] {
        let text = archetype.replacingOccurrences(of: #"\{\{[^}]*\}\}\}?"#, with: "", options: .regularExpression)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "---", let close = lines.dropFirst().firstIndex(of: "---") else { return [] }
        var prompts: [String] = []
        for line in lines[1..<close] {
            var rest = line.drop { $0 == " " }
            if rest.hasPrefix("#") { continue }
            if rest.hasPrefix("- ") { rest = rest.dropFirst(2) }
            guard let colon = rest.range(of: ": ") else { continue }
            var value = rest[colon.upperBound...]
            if let comment = value.range(of: " #") { value = value[..<comment.lowerBound] }
            if value.contains("?") { prompts.append(String(value)) }
        }
        var paragraph: [Substring] = []
        for line in lines[(close + 1)...] + [""] {
            if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") {
                let joined = paragraph.joined(separator: "\n")
                if joined.contains("?") { prompts.append(joined) }
                paragraph = []
            } else {
                paragraph.append(line)
            }
        }
        return prompts
    }

    /// The normalised sentences of a text, each ending at `.`, `?` or `!` followed by a space.
    static func sentences(of text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for character in normalise(text) {
            if character == " ", let last = current.last, ".?!".contains(last) {
                out.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
