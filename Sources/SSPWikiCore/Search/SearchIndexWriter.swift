/// Writes the search index as plain `.js` files under `search/`, each assigning to the
/// global `sspSearchData` that `search.js` sets up, so that they load with `<script src>`
/// from `file://` and over http under the site's Content-Security-Policy:
///
/// - `search/index.js`: settings, the filter vocabularies, and for each document its kind and,
///   for a plan, the facts filters test (`SearchIndexWriter+Records`);
/// - `search/t/<key>.js`: the term shards (`SearchShards`);
/// - `search/v/first-<letter>.js`, `search/v/last-<letter>.js`: words by first and last letter,
///   read only when a query word matches nothing and may be mistyped;
/// - `search/x/<n>.js`: the id, title and text of document `n`, read for the results shown.
package struct SearchIndexWriter: Sendable {
    package let index: SearchIndex
    package let shards: SearchShards
    let indesOrder: [IndesSection]
    /// The flags the filters offer (the audience's: `ContentModel.filterFlags`), in bit order.
    let flagOrder: [Flag]
    /// Each document's `textRecord`, when already worked out (`SearchIndexCache`).
    let records: [String]?
    /// Makes a document again for its text record, when `index` no longer holds the texts.
    let rebuilder: SearchDocumentBuilder?

    /// The index of the site's documents. The index is made while the pages render and its
    /// text records are written after them, so it keeps only the words: each document's text
    /// is made again for its record, a batch at a time (at 20,000 plans the texts held through
    /// rendering were about a tenth of the build's memory).
    package init(site: AnalysedSite) {
        let builder = SearchDocumentBuilder(site: site)
        self.init(
            documents: builder.documents(), indes: site.model.indes, flags: site.model.filterFlags, rebuilder: builder)
    }

    /// The index of `documents`; `wordFields` and `records`, when given, are each document's
    /// `wordFields()` and `textRecord` already worked out.
    init(
        documents: [SearchDocument], indes: [IndesSection], flags: [Flag] = Flag.allCases,
        wordFields: [[String: Int]]? = nil, records: [String]? = nil, rebuilder: SearchDocumentBuilder? = nil
    ) {
        flagOrder = flags
        let index = SearchIndex(documents: documents, wordFields: wordFields)
        self.index = rebuilder == nil ? index : index.withoutTexts()
        shards = SearchShards(index: index)
        indesOrder = Self.order(indes)
        self.records = records
        self.rebuilder = rebuilder
    }

    /// INDES sections in the order the filters list them.
    static func order(_ indes: [IndesSection]) -> [IndesSection] {
        indes.sorted { ($0.title, $0.id) < ($1.title, $1.id) }
    }

    /// Every file of the index: path from the site root and text.
    package func files() -> [(path: String, text: String)] {
        var out: [(path: String, text: String)] = []
        forEachBatch(size: Int.max) { out += $0 }
        return out
    }

    /// The files of the index in the order `files()` lists them, handed to `body` in batches:
    /// the index, shard and vocabulary files first, then the documents' text records at most
    /// `size` at a time, each batch made only when it is handed on, so a large setting's
    /// records are never all in memory at once.
    package func forEachBatch(size: Int, _ body: ([(path: String, text: String)]) throws -> Void) rethrows {
        var first: [(path: String, text: String)] = [("search/index.js", indexFile())]
        for key in shards.files.keys.sorted() {
            first.append(("search/t/\(SearchEncoding.fileName(for: key)).js", shards.files[key]!))
        }
        for (name, words) in vocabulary() {
            first.append(
                (
                    "search/v/\(name).js",
                    "sspSearchData.vocab[\(SearchEncoding.string(name))]=\(SearchEncoding.string(words.joined(separator: " ")));\n"
                ))
        }
        try body(first)
        let documents = index.documents
        for start in stride(from: 0, to: documents.count, by: max(1, size)) {
            let end = start + min(size, documents.count - start)
            let texts = ParallelMap.map(Array(start..<end)) { n in
                records?[n] ?? Self.textRecord(rebuilder.flatMap { $0.document(for: documents[n].ref) } ?? documents[n])
            }
            try body(zip(start..<end, texts).map { n, text in ("search/x/\(n).js", "sspSearchData.text[\(n)]=\(text);\n") })
        }
    }

    /// Words for typo correction, by file name: `first-r` holds the words that start with r.
    func vocabulary() -> [(String, [String])] {
        var groups: [String: [String]] = [:]
        for word in index.typoWords {
            guard let first = word.unicodeScalars.first, let last = word.unicodeScalars.last else { continue }
            groups["first-" + SearchEncoding.fileName(for: String(first)), default: []].append(word)
            groups["last-" + SearchEncoding.fileName(for: String(last)), default: []].append(word)
        }
        return groups.keys.sorted().map { ($0, groups[$0]!) }
    }

    /// Kinds of page in the order documents refer to them by number.
    static let kinds: [PageRef.Kind] = [.plan, .indes, .peass, .page]
}
