import Foundation

/// The search index of a `BuildSession`, kept between builds. When no search document and no
/// INDES section changed, the files of the last build are used again; otherwise the index is
/// made anew, but each document's words and text record are worked out only when the
/// document is new or changed. The files are exactly those `SearchIndexWriter(site:)` makes.
final class SearchIndexCache: @unchecked Sendable {
    private struct Prepared: Sendable {
        let wordFields: [String: Int]
        let record: String
    }

    /// What the index.js filters show of an INDES section.
    private struct IndesKey: Hashable {
        let id: String
        let title: String
        let levels: [IndesLevel]
    }

    private struct Last {
        let documents: [SearchDocument]
        let indes: [IndesKey]
        let flags: [Flag]
        let files: [(path: String, text: String)]
    }

    private let lock = NSLock()
    private var prepared: [SearchDocument: Prepared] = [:]
    private var last: Last?

    /// Whether the last call to `files` made the index anew, and for how many documents it
    /// worked out words and records.
    var lastRemade: Bool { lock.withLock { remade } }
    var lastPrepared: Int { lock.withLock { preparedCount } }
    private var remade = false
    private var preparedCount = 0

    /// Every file of the search index for `site`: path from the site root and text.
    func files(_ site: AnalysedSite) -> [(path: String, text: String)] {
        lock.lock()
        defer { lock.unlock() }
        let model = site.model
        let documents = SearchDocumentBuilder(site: site).documents()
        let indes = SearchIndexWriter.order(model.indes).map { IndesKey(id: $0.id, title: $0.title, levels: $0.levels) }
        if let last, last.documents == documents, last.indes == indes, last.flags == model.filterFlags {
            remade = false
            preparedCount = 0
            return last.files
        }
        let known = prepared
        let made = ParallelMap.map(documents) { doc in
            known[doc] ?? Prepared(wordFields: doc.wordFields(), record: SearchIndexWriter.textRecord(doc))
        }
        preparedCount = zip(documents, made).filter { known[$0.0] == nil }.count
        remade = true
        prepared = Dictionary(zip(documents, made).map { ($0, $1) }, uniquingKeysWith: { a, _ in a })
        let writer = SearchIndexWriter(
            documents: documents, indes: model.indes, flags: model.filterFlags,
            wordFields: made.map(\.wordFields), records: made.map(\.record))
        let files = writer.files()
        last = Last(documents: documents, indes: indes, flags: model.filterFlags, files: files)
        return files
    }
}
