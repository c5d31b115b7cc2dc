/// The term index split into files by the start of each stem, so a search loads only the
/// files its words need. A file that would be larger than `maxBytes` is split by one more
/// letter, again and again; a stem stays in the file whose key is the longest start of its
/// anchor (`SearchIndex.anchor(ofStem:)`), so:
///
/// - the words of a stem are in one of the files whose key starts that stem (`ancestors`);
/// - the words that start with a prefix are in those files or in files whose key starts
///   with the prefix (`range`).
package struct SearchShards: Sendable {
    /// Bytes a file may hold before it is split (unless its words cannot be split further).
    package static let defaultMaxBytes = 16_000
    /// Bytes of shard files a query may load to expand prefixes, shared between its words;
    /// a prefix that needs more matches whole words only until a longer prefix is typed.
    /// Together with `index.js` and the scripts, this keeps a first search on a 2,000-plan
    /// site under 300 kB (docs/search.md).
    package static let prefixBudget = 64_000

    /// Stems held by each file, by key.
    package let stems: [String: [String]]
    /// Text of each file, by key.
    package let files: [String: String]

    package init(index: SearchIndex, maxBytes: Int = defaultMaxBytes) {
        let items = index.stems.keys.sorted().map { stem -> Item in
            let anchor = index.anchor(ofStem: stem)
            let words = index.stems[stem]!
            let text = SearchEncoding.array(
                [SearchEncoding.string(stem)]
                    + words.flatMap {
                        [SearchEncoding.string($0), SearchEncoding.string(SearchEncoding.postings(index.postings[$0]!))]
                    })
            return Item(stem: stem, anchor: Array((anchor.isEmpty ? stem : anchor).unicodeScalars), text: text)
        }
        var assigned: [String: [Item]] = [:]
        Self.assign(items, depth: 1, maxBytes: maxBytes, into: &assigned)
        stems = assigned.mapValues { $0.map(\.stem) }
        files = Dictionary(
            uniqueKeysWithValues: assigned.map { key, items in
                (key, "sspSearchData.shards[\(SearchEncoding.string(key))]=\(SearchEncoding.array(items.map(\.text)));\n")
            })
    }

    struct Item {
        let stem: String
        let anchor: [Unicode.Scalar]
        let text: String
    }

    static func key(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// Groups `items` by the first `depth` letters of their anchors and splits groups that are too large.
    static func assign(_ items: [Item], depth: Int, maxBytes: Int, into result: inout [String: [Item]]) {
        let groups = Dictionary(grouping: items) { key($0.anchor.prefix(depth)) }
        for (key, group) in groups {
            let size = group.reduce(0) { $0 + $1.text.utf8.count + 1 }
            let stay = group.filter { $0.anchor.count <= depth }
            if size <= maxBytes || stay.count == group.count || depth >= 24 {
                result[key] = group
                continue
            }
            if !stay.isEmpty { result[key] = stay }
            assign(group.filter { $0.anchor.count > depth }, depth: depth + 1, maxBytes: maxBytes, into: &result)
        }
    }

    /// Size of each file in bytes, by key.
    package var sizes: [String: Int] { files.mapValues { $0.utf8.count } }

    /// Keys that start `text`, shortest first: the files that can hold the stem `text`.
    package func ancestors(of text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return (1...max(1, scalars.count)).map { Self.key(scalars.prefix($0)) }.filter { files[$0] != nil }
    }

    /// Keys that start with `prefix`.
    package func range(of prefix: String) -> [String] {
        files.keys.filter { $0.unicodeScalars.starts(with: prefix.unicodeScalars) }.sorted()
    }

    /// The files to load to find every word that starts with `prefix`.
    package func keys(forPrefix prefix: String) -> [String] {
        Array(Set(ancestors(of: prefix) + range(of: prefix))).sorted()
    }

    /// Total bytes of the files with these keys.
    package func bytes(_ keys: [String]) -> Int {
        keys.reduce(0) { $0 + (files[$1]?.utf8.count ?? 0) }
    }
}
