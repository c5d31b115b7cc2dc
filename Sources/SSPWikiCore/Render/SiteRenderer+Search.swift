/// The search page and the search index files (`SearchIndexWriter`).
extension SiteRenderer {
    /// The index is built once here; each of its files becomes a job with its text ready.
    func searchIndexJobs(_ site: AnalysedSite) -> [Job] {
        searchIndexFiles(site).map { file in .text(file.path) { _ in file.contents } }
    }

    func searchPageJob() -> Job {
        .page("search.html", "search", model: { $0.searchPage() })
    }

    /// The index files, text ready.
    func searchIndexFiles(_ site: AnalysedSite) -> [(path: String, contents: String)] {
        SearchIndexWriter(site: site).files().map { ($0.path, $0.text) }
    }
}
