/// The search page and the search index files (`SearchIndexWriter`).
extension SiteRenderer {
    /// The index is built once here; each of its files becomes a job with its text ready.
    func searchIndexJobs(_ model: ContentModel, graph: LinkGraph) -> [Job] {
        searchIndexFiles(model, graph: graph).map { file in .text(file.path) { _ in file.contents } }
    }

    func searchPageJob() -> Job {
        .page("search.html", "search", model: { $0.searchPage() })
    }

    /// The index files, text ready.
    func searchIndexFiles(_ model: ContentModel, graph: LinkGraph) -> [(path: String, contents: String)] {
        SearchIndexWriter(model: model, graph: graph).files().map { ($0.path, $0.text) }
    }
}
