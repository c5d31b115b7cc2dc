/// Answers a query from the index the way `search.js` does in the browser, for
/// `sspwiki search` and for the tests that pin down ranking.
///
/// Every query word must match. A query word matches the same word, other words with its
/// stem, words it starts (three letters or more, when the files that needs stay within its
/// share of `SearchShards.prefixBudget`), and, only when none of those exist, words one typing
/// mistake away (five letters or more). A document scores, for each query word, the best
/// field score of a matching word times the match factor; scores add up across words.
package struct SearchEngine: Sendable {
    /// One result.
    package struct Hit: Sendable, Hashable {
        /// Index into `SearchIndex.documents`.
        package var doc: Int
        package var score: Int
    }

    package let index: SearchIndex
    package let shards: SearchShards

    package init(index: SearchIndex, shards: SearchShards) {
        self.index = index
        self.shards = shards
    }

    /// Results for `query`, best first; archived plans only when `includeArchived`.
    package func search(_ query: String, includeArchived: Bool = false) -> [Hit] {
        var tokens: [String] = []
        for word in SearchTokenizer.words(in: query) where !tokens.contains(word) { tokens.append(word) }
        guard !tokens.isEmpty else { return [] }
        var total: [Int: Int]?
        for token in tokens {
            var best: [Int: Int] = [:]
            for (word, match) in matches(for: token, prefixBudget: SearchShards.prefixBudget / tokens.count) {
                for posting in index.postings[word] ?? [] {
                    let score = SearchField.score(mask: posting.fields) * match.factor
                    if score > best[posting.doc, default: 0] { best[posting.doc] = score }
                }
            }
            guard let previous = total else {
                total = best
                continue
            }
            var both: [Int: Int] = [:]
            for (doc, score) in best {
                if let earlier = previous[doc] { both[doc] = earlier + score }
            }
            total = both
        }
        return (total ?? [:])
            .filter { includeArchived || !index.documents[$0.key].archived }
            .map { Hit(doc: $0.key, score: $0.value) }
            .sorted { ($1.score, $0.doc) < ($0.score, $1.doc) }
    }

    /// The words of the index a query word matches, and how; prefixes are expanded only when
    /// the files that takes stay within `prefixBudget` bytes (the query's share of
    /// `SearchShards.prefixBudget`).
    package func matches(for token: String, prefixBudget: Int = SearchShards.prefixBudget) -> [String: SearchMatch] {
        var found: [String: SearchMatch] = [:]
        let stem = EnglishStemmer.stem(token)
        for word in index.stems[stem] ?? [] { found[word] = word == token ? .exact : .stem }
        let length = token.unicodeScalars.count
        if length >= SearchMatch.prefixMinimum {
            let keys = shards.keys(forPrefix: token)
            if shards.bytes(keys) <= prefixBudget {
                for key in keys {
                    for stem in shards.stems[key] ?? [] {
                        for word in index.stems[stem]!
                        where found[word] == nil && word.unicodeScalars.starts(with: token.unicodeScalars) {
                            found[word] = .prefix
                        }
                    }
                }
            }
        }
        guard found.isEmpty, length >= SearchMatch.typoMinimum else { return found }
        let first = token.unicodeScalars.first
        let last = token.unicodeScalars.last
        for word in index.typoWords where word.unicodeScalars.first == first || word.unicodeScalars.last == last {
            if Self.withinOneEdit(token, word) || Self.withinOneEdit(stem, EnglishStemmer.stem(word)) {
                found[word] = .typo
            }
        }
        return found
    }

    /// True when `a` and `b` differ by at most one letter added, removed, changed, or two
    /// neighbouring letters swapped.
    package static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > 1 { return false }
        var i = 0
        while i < x.count, i < y.count, x[i] == y[i] { i += 1 }
        if i == x.count && i == y.count { return true }
        if x.count == y.count {
            if x[(i + 1)...] == y[(i + 1)...] { return true }
            return i + 1 < x.count && x[i] == y[i + 1] && x[i + 1] == y[i] && x[(i + 2)...] == y[(i + 2)...]
        }
        return x.count > y.count ? x[(i + 1)...] == y[i...] : x[i...] == y[(i + 1)...]
    }
}
