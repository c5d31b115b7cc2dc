/// Writes the glossary's acronyms out in full in the text of a document for a family or a
/// child ("EHCP" becomes "Education, Health and Care Plan"), so that nothing on paper depends
/// on knowing the short form or on a hover title.
struct AcronymExpander: Sendable {
    /// Acronym → its words in full.
    let expansions: [String: String]

    init(glossary: [GlossaryTerm]) {
        var found: [String: String] = [:]
        for term in glossary where Self.isAcronym(term.term) {
            found[term.term] = Self.fullForm(of: term.term, meaning: term.meaning)
        }
        expansions = found
    }

    /// A term written as capital letters (a few lower-case ones allowed, as in "SENDCo").
    static func isAcronym(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        return letters.count == word.count && letters.filter(\.isUppercase).count >= 2
    }

    /// The words of `meaning` that the letters of `acronym` stand for ("Education, Health and
    /// Care Plan" of "Education, Health and Care Plan, a legal document …"), or the whole meaning
    /// when its words do not spell the acronym.
    static func fullForm(of acronym: String, meaning: String) -> String {
        let words = meaning.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let used = wordsSpelling(Substring(acronym.lowercased()), words[...]) else { return meaning }
        var text = words.prefix(used).joined(separator: " ")
        while let last = text.last, ",:;.".contains(last) { text.removeLast() }
        return text
    }

    /// How many of `words` spell `letters`: each word gives the next one or more letters from
    /// its start, or is a small joining word that gives none. Nil when they do not spell them.
    private static func wordsSpelling(_ letters: Substring, _ words: ArraySlice<String>) -> Int? {
        if letters.isEmpty { return 0 }
        guard let word = words.first else { return nil }
        let lower = word.lowercased().filter(\.isLetter)
        let common = zip(lower, letters).prefix(while: { $0 == $1 }).count
        if common > 0 {
            for take in 1...common {
                if let rest = wordsSpelling(letters.dropFirst(take), words.dropFirst()) { return rest + 1 }
            }
        }
        guard ["and", "of", "or", "the", "for", "in", "with", "to", "a"].contains(lower),
            let rest = wordsSpelling(letters, words.dropFirst())
        else { return nil }
        return rest + 1
    }

    /// `html` with every acronym in its text (not inside tags) written out in full.
    func expand(html: String) -> String {
        guard !expansions.isEmpty else { return html }
        var out = ""
        out.reserveCapacity(html.utf8.count + 256)
        var word = ""
        var inTag = false
        func flush() {
            out += expansions[word].map(HTML.escape) ?? word
            word = ""
        }
        for c in html {
            if inTag {
                out.append(c)
                if c == ">" { inTag = false }
            } else if c == "<" {
                flush()
                out.append(c)
                inTag = true
            } else if c.isLetter {
                word.append(c)
            } else {
                flush()
                out.append(c)
            }
        }
        flush()
        return out
    }
}
