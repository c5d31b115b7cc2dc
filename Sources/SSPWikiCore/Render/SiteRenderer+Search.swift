/// The search page and the search index files (`SearchIndexWriter`).
extension SiteRenderer {
    func searchJobs(_ model: ContentModel) -> [Job] {
        // The index is built once here; each of its files becomes a job with its text ready.
        let files = SearchIndexWriter(model: model).files()
        return [.page("search.html", "search") { $0.searchPage() }] + files.map { file in
            .text(file.path) { _ in file.text }
        }
    }
}
