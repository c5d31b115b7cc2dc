import Foundation
@testable import SSPWikiCore

/// Small content folders written to a temporary folder, parsed, and turned into a search index.
struct SearchFixture {
    let root: String

    /// Writes `files` (path → text) under a new temporary content folder with a site.yml,
    /// one INDES section (`reading`) and one PEaSS entry (`precision-teaching`) unless given.
    init(_ files: [String: String]) {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sspwiki-search-\(UUID().uuidString)").path
        var all: [String: String] = [
            "site.yml": "setting: Test School\nphase: primary\n",
            "indes/literacy.md": """
            ---
            title: Reading and writing
            area: Cognition and learning
            levels:
              - level: 1
                label: Emerging need
              - level: 2
                label: Moderate need
              - level: 3
                label: Significant need
            ---
            How reading and spelling develop.
            """,
            "peass/precision-teaching.md": """
            ---
            title: Precision teaching
            category: cognition-learning
            level: classroom
            ---
            A short daily routine with a one-minute probe.
            """,
        ]
        all.merge(files) { _, new in new }
        for (path, text) in all {
            let url = URL(fileURLWithPath: root + "/" + path)
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    /// A plan file: the required fields, then `extra` front matter lines, then `body`.
    static func plan(_ name: String, _ extra: String = "", body: String = "") -> String {
        "---\nname: \(name)\nstage: sen-support\nstart: 2026-09-07\nreview: 2026-12-11\n\(extra)\n---\n\(body)\n"
    }

    var model: ContentModel {
        SiteBuilder().analyse(content: root, today: Day(iso: "2026-11-29")!).0!
    }

    /// The index and the search engine for the folder.
    func engine(maxBytes: Int = SearchShards.defaultMaxBytes) -> SearchEngine {
        let index = SearchIndex(documents: SearchDocumentBuilder(model: model).documents())
        return SearchEngine(index: index, shards: SearchShards(index: index, maxBytes: maxBytes))
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}

extension SearchEngine {
    /// Titles of the results, best first.
    func titles(_ query: String, includeArchived: Bool = false) -> [String] {
        search(query, includeArchived: includeArchived).map { index.documents[$0.doc].title }
    }
}
