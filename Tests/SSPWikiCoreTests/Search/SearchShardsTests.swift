import Testing

@testable import SSPWikiCore

@Suite("Search shards")
struct SearchShardsTests {
    /// Plans with enough different words to need many small shards.
    static let fixture = Fixture(
        SearchContent.with(
            Dictionary(
                uniqueKeysWithValues: (0..<12).map { n in
                    (
                        "plans/p\(n).md",
                        SearchContent.plan(
                            "Pupil Number\(n)",
                            body: """
                                Reading, reader, readers and re-reading \(n). Review reviews reviewed. Studies study studying.
                                Precision precise precisely. Speech speaking spoken. Movement moving moved. Zoë Łukasz.
                                """)
                    )
                })))

    @Test("large shards are split by one more letter until they fit")
    func splitting() {
        let index = Self.fixture.searchIndex()
        let big = SearchShards(index: index)
        let small = SearchShards(index: index, maxBytes: 300)
        #expect(small.files.count > big.files.count)
        #expect(small.files.keys.contains { $0.unicodeScalars.count >= 3 })
        for (key, text) in small.files where text.utf8.count > 300 + 40 {
            // Only a file whose stems cannot be told apart by a longer key may stay large.
            #expect(
                small.stems[key]!.allSatisfy { index.anchor(ofStem: $0).unicodeScalars.count <= key.unicodeScalars.count },
                "\(key)")
        }
        for (key, text) in small.files {
            #expect(text.hasPrefix("sspSearchData.shards[\(SearchEncoding.string(key))]=[["))
        }
    }

    @Test("every stem is in a file named by a start of the stem, and every prefix finds every word")
    func lookups() {
        let index = Self.fixture.searchIndex()
        let shards = SearchShards(index: index, maxBytes: 300)
        var home: [String: String] = [:]
        for (key, stems) in shards.stems { for stem in stems { home[stem] = key } }
        #expect(home.count == index.stems.count)
        for stem in index.stems.keys {
            #expect(shards.ancestors(of: stem).contains(home[stem]!), "\(stem)")
        }
        for word in index.postings.keys {
            let scalars = Array(word.unicodeScalars)
            for length in stride(from: 3, through: scalars.count, by: 1) {
                var prefix = String.UnicodeScalarView()
                prefix.append(contentsOf: scalars.prefix(length))
                let keys = shards.keys(forPrefix: String(prefix))
                #expect(keys.contains(home[EnglishStemmer.stem(word)]!), "\(word) by \(String(prefix))")
            }
        }
    }

    @Test("splitting the index into more files does not change any result")
    func sameResults() {
        let whole = Self.fixture.searchEngine(maxBytes: 1_000_000)
        let split = Self.fixture.searchEngine(maxBytes: 200)
        for query in ["read", "readers", "rev", "reviewing", "stud", "precis", "zoe", "lukasz", "movment", "number7", "spe"] {
            #expect(whole.search(query) == split.search(query), "\(query)")
            #expect(!whole.search(query).isEmpty, "\(query)")
        }
    }

    @Test("postings survive packing, including large document numbers")
    func postings() {
        let list = [
            SearchIndex.Posting(doc: 0, fields: 1), .init(doc: 3, fields: 63), .init(doc: 1999, fields: 32),
            .init(doc: 250_000, fields: 5),
        ]
        let text = SearchEncoding.postings(list)
        #expect(SearchEncoding.decodePostings(text) == list)
        #expect(SearchEncoding.postings([.init(doc: 0, fields: 1)]).count == 1)
    }

    @Test("file names are the key when it is plain letters and digits, and code points otherwise")
    func fileNames() {
        #expect(SearchEncoding.fileName(for: "re") == "re")
        #expect(SearchEncoding.fileName(for: "zo") == "zo")
        #expect(SearchEncoding.fileName(for: "αθ") == "_3b1-3b8")
    }
}
