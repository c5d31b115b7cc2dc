import Foundation

@testable import SSPWikiCore

/// The content of the search tests: a site.yml, one INDES section (`literacy`) and one PEaSS
/// entry (`precision-teaching`), to which each test adds its plans and pages.
enum SearchContent {
    static let base: [String: String] = [
        "site.yml": "setting: Test School\nphase: primary\n",
        "indes/literacy.md": MinimalContent.indesSection(
            "Reading and writing", area: "Cognition and learning",
            levels: ["Emerging need", "Moderate need", "Significant need"], lowest: 1, body: "How reading and spelling develop."),
        "peass/precision-teaching.md": """
        ---
        title: Precision teaching
        category: cognition-learning
        level: classroom
        ---
        A short daily routine with a one-minute probe.
        """,
    ]

    /// The base content with `files` (path → text) added; a file given here replaces the base one.
    static func with(_ files: [String: String]) -> [String: String] {
        base.merging(files) { _, new in new }
    }

    /// A plan file: the required fields, then `extra` front matter lines, then `body`.
    static func plan(_ name: String, _ extra: String = "", body: String = "") -> String {
        MinimalContent.plan(name: name, start: "2026-09-07", extra: extra + "\n", body: body + "\n")
    }
}

extension Fixture {
    /// The search index and engine of the content, split into shards of at most `maxBytes`.
    func searchEngine(maxBytes: Int = SearchShards.defaultMaxBytes) -> SearchEngine {
        let index = searchIndex()
        return SearchEngine(index: index, shards: SearchShards(index: index, maxBytes: maxBytes))
    }

    /// The search index of the content (its documents in index order).
    func searchIndex() -> SearchIndex {
        SearchIndex(documents: SearchDocumentBuilder(site: analysedSite().site!).documents())
    }

    /// The writer of the content's search index files.
    func searchWriter() -> SearchIndexWriter {
        SearchIndexWriter(site: analysedSite().site!)
    }
}

extension SearchEngine {
    /// Titles of the results, best first.
    func titles(_ query: String, includeArchived: Bool = false) -> [String] {
        search(query, includeArchived: includeArchived).map { index.documents[$0.doc].title }
    }
}
