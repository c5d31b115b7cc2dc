import Foundation

/// `serve`'s lazy lists: after an edit, the pages made from every file and the search index are
/// rendered when a browser asks for them, not in the rebuild, from the model of the rebuild
/// that left them waiting. A one-plan edit then renders only the pages made from that plan.
extension BuildSession {
    /// What a rebuild left to render: its page jobs, with the renderer and the values they
    /// are made from, and the analysed site whose search index is not made yet.
    struct Pending {
        var jobs: [String: (job: SiteRenderer.Job, print: String, index: Int)] = [:]
        var renderer: SiteRenderer?
        var builder: ContextBuilder?
        var search: AnalysedSite?

        /// The site paths of the pages waiting.
        var paths: Set<String> { Set(jobs.keys) }

        /// Whether a site path is a file of the search index.
        static func isSearchFile(_ path: String) -> Bool { path.hasPrefix("search/") }
    }

    /// The file of the current site at `path`, rendering it first when it is a page or search
    /// index file that a rebuild left waiting (`lazyLists`); nil when the site has no such file.
    /// Waits while a rebuild runs, and then answers from the new site.
    package func file(at path: String) -> OutputFile? {
        lock.lock()
        defer { lock.unlock() }
        if let (job, print, index) = pending.jobs[path], let renderer = pending.renderer, let builder = pending.builder {
            let (files, diagnostics) = renderer.render([job], builder: builder)
            // A page that cannot be rendered (its template is missing) stays waiting; `rebuild`
            // reports that error for every page that uses the template.
            guard !diagnostics.hasErrors, let file = files.first else { return nil }
            pending.jobs[path] = nil
            pages[path] = file
            site[path] = file
            held(print, at: path, index: index)
        } else if Pending.isSearchFile(path), let analysed = pending.search {
            pending.search = nil
            for file in search.files(analysed) {
                let made = OutputFile(path: file.path, contents: .text(file.text))
                pages[file.path] = made
                site[file.path] = made
            }
        }
        return site[path]
    }

    /// Renders every page and search file still waiting (tests compare the result with a build).
    package func finishPending() -> [String: OutputFile] {
        let paths = lock.withLock { pending.paths.union(pending.search == nil ? [] : ["search/index.js"]) }
        for path in paths { _ = file(at: path) }
        return lock.withLock { site }
    }
}
