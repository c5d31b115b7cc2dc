/// Finds glossary terms in text, including terms of several words ("Case holder",
/// "Teacher of the Deaf"), so that their first use on a page can be explained and the
/// glossary can list the pages using each term.
///
/// Case: a word of a term that looks like an acronym (a capital after its first letter, as
/// in TA, SENDCo or SATs) or has one letter must be written exactly; any other word matches
/// whatever its case, so "Pupil premium" also finds "pupil premium". Words of a several-word
/// term must be separated by spaces only. The longest term wins where terms overlap.
package struct GlossaryMatcher: Sendable {
    /// One use of a term: the tokens it covers and the text as written.
    package struct Match: Hashable, Sendable {
        /// The glossary term (as listed in glossary.yml).
        package var term: String
        /// Index of the first and one past the last token covered.
        package var tokens: Range<Int>
        /// The text as written in the content.
        package var text: String
    }

    private struct Entry: Sendable {
        let term: String
        /// Each word, and whether it must match exactly.
        let words: [(text: String, exact: Bool)]
    }

    /// Entries by their first word, lowercased; longest first.
    private let byFirstWord: [String: [Entry]]

    package init<S: Sequence>(terms: S) where S.Element == String {
        var index: [String: [Entry]] = [:]
        for term in terms {
            let words = WordScanner.tokens(in: term).compactMap { token -> (String, Bool)? in
                guard case .word(let word) = token else { return nil }
                return (word, word.count == 1 || word.dropFirst().contains(where: \.isUppercase))
            }
            guard let first = words.first else { continue }
            index[first.0.lowercased(), default: []].append(Entry(term: term, words: words))
        }
        byFirstWord = index.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }

    /// True when there is no term to look for.
    package var isEmpty: Bool { byFirstWord.isEmpty }

    /// Every use of a term in `tokens`, in order, without overlaps.
    package func matches(in tokens: [WordScanner.Token]) -> [Match] {
        var found: [Match] = []
        var i = 0
        while i < tokens.count {
            guard case .word(let word) = tokens[i], let entries = byFirstWord[word.lowercased()],
                let match = entries.lazy.compactMap({ self.match($0, in: tokens, at: i) }).first
            else {
                i += 1
                continue
            }
            found.append(match)
            i = match.tokens.upperBound
        }
        return found
    }

    /// The terms used anywhere in `text`.
    package func terms(in text: String) -> Set<String> {
        Set(matches(in: WordScanner.tokens(in: text)).map(\.term))
    }

    private func match(_ entry: Entry, in tokens: [WordScanner.Token], at start: Int) -> Match? {
        var index = start
        for (n, word) in entry.words.enumerated() {
            if n > 0 {
                guard index < tokens.count, case .other(let gap) = tokens[index],
                    gap.allSatisfy({ $0 == " " })
                else { return nil }
                index += 1
            }
            guard index < tokens.count, case .word(let written) = tokens[index] else { return nil }
            let same = word.exact ? written == word.text : written.lowercased() == word.text.lowercased()
            guard same else { return nil }
            index += 1
        }
        let text = tokens[start..<index].map(\.text).joined()
        return Match(term: entry.term, tokens: start..<index, text: text)
    }
}
