extension BuildSession {
    /// The pages whose source files have errors, each with those errors, when every error is in
    /// a plan, catalogue entry or page file; nil when an error is anywhere else (site.yml, the
    /// glossary, the theme, the folder itself), which no page of its own can show.
    ///
    /// A plan that could not be read at all has no page, so its place (`plans/<id>.html`) is
    /// listed too: links to it then lead to its errors instead of a missing page.
    static func brokenPages(_ diagnostics: [Diagnostic], loaded: LoadedContent) -> [String: [Diagnostic]]? {
        let errors = diagnostics.filter { $0.severity == .error }
        guard !errors.isEmpty else { return [:] }
        let pageOfFile = Dictionary(
            loaded.sources.compactMap { source in
                PageRef.Kind(source.kind).map { (source.path, PageRef($0, source.id).sitePath) }
            }, uniquingKeysWith: { first, _ in first })
        var broken: [String: [Diagnostic]] = [:]
        for error in errors {
            guard let page = pageOfFile[error.location.file] else { return nil }
            broken[page, default: []].append(error)
        }
        return broken
    }
}
