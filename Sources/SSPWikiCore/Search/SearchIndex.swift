/// The inverted index: for every word, the documents it occurs in and in which fields;
/// words are grouped by stem so that one lookup finds "review", "reviews" and "reviewed".
package struct SearchIndex: Sendable {
    /// One document a word occurs in.
    package struct Posting: Sendable, Hashable {
        // Stored in 32 bits each: a large setting holds millions of postings at once.
        private var docIndex: UInt32
        private var fieldBits: UInt32

        /// Index into `documents`.
        package var doc: Int {
            get { Int(docIndex) }
            set { docIndex = UInt32(truncatingIfNeeded: newValue) }
        }
        /// `SearchField` bits of the fields the word occurs in.
        package var fields: Int {
            get { Int(fieldBits) }
            set { fieldBits = UInt32(truncatingIfNeeded: newValue) }
        }

        package init(doc: Int, fields: Int) {
            docIndex = UInt32(truncatingIfNeeded: doc)
            fieldBits = UInt32(truncatingIfNeeded: fields)
        }
    }

    /// Documents whose words are worked out together: all of a large setting's at once
    /// would hold every document's word table in memory at the same time.
    static let chunk = 1_024

    package private(set) var documents: [SearchDocument]
    /// Postings of each word, in document order.
    package let postings: [String: [Posting]]
    /// The words of each stem, sorted.
    package let stems: [String: [String]]
    /// Words of four letters or more, the candidates for typo correction.
    package let typoWords: [String]

    /// Indexes `documents`; their order is kept (it breaks ties between equal scores).
    /// `wordFields`, when given, holds each document's `wordFields()` already worked out.
    package init(documents: [SearchDocument], wordFields: [[String: Int]]? = nil) {
        self.documents = documents
        var postings: [String: [Posting]] = [:]
        for start in stride(from: 0, to: documents.count, by: Self.chunk) {
            let end = min(start + Self.chunk, documents.count)
            let perDocument =
                wordFields.map { Array($0[start..<end]) } ?? ParallelMap.map(Array(documents[start..<end])) { $0.wordFields() }
            for (offset, words) in perDocument.enumerated() {
                for (word, fields) in words {
                    postings[word, default: []].append(Posting(doc: start + offset, fields: fields))
                }
            }
        }
        var stems: [String: [String]] = [:]
        for word in postings.keys {
            stems[EnglishStemmer.stem(word), default: []].append(word)
        }
        self.postings = postings
        self.stems = stems.mapValues { $0.sorted() }
        typoWords = postings.keys.filter { $0.unicodeScalars.count >= SearchMatch.typoMinimum - 1 }.sorted()
    }

    /// The same index with each document's text parts dropped (titles, plan facts and the
    /// postings stay): what the search files need once the words are indexed.
    func withoutTexts() -> SearchIndex {
        var out = self
        for n in out.documents.indices { out.documents[n].parts = [] }
        return out
    }

    /// The start that a stem and all its words share ("stud" for "study", "studies"); the
    /// shard that holds the stem is chosen by it, so prefix searches find every word.
    package func anchor(ofStem stem: String) -> String {
        var anchor = Array(stem.unicodeScalars)
        for word in stems[stem] ?? [] {
            let scalars = Array(word.unicodeScalars)
            var n = 0
            while n < anchor.count, n < scalars.count, anchor[n] == scalars[n] { n += 1 }
            anchor.removeLast(anchor.count - n)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: anchor)
        return String(view)
    }
}
