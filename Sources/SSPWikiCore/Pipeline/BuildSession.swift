import Foundation

/// A long-lived build of one content folder that remembers what it parsed and rendered, so
/// that after an edit it parses only the files that changed and renders only the pages made
/// from them (`PageInputs`). `sspwiki serve` and the one-plan-edit benchmark use it. It runs
/// the same stages as `SiteBuilder.build`, history included, so the site it holds is the one
/// `build` would write — with two differences a writer needs while working: `drafts` also
/// renders draft plans (bannered), and a file with errors takes down only the pages made from
/// it (`Rebuild.brokenPages`) instead of the whole site.
///
/// Nothing is written to disk: the site is kept in memory. Rebuilds run one at a time: every
/// mutable property is read and written only under `lock`, held for the whole rebuild.
package final class BuildSession: @unchecked Sendable {
    package let content: String
    package let themeDirectories: [String]
    /// Whether draft plans get pages (`serve --drafts`); `build` never renders them.
    package let drafts: Bool
    /// Reads the git history as `build` does; nil skips it (like `build --no-history`).
    package let history: HistoryLoader?
    /// Who the site is for (`serve --audience`), as for `build`.
    package let audience: Audience

    /// Whether school-wide pages and the search index wait until they are asked for
    /// (`serve`): see `file(at:)`.
    package let lazyLists: Bool

    let lock = NSLock()
    /// What analysis keeps between rebuilds.
    let memos: AnalysisMemos
    private let hashes = SourceHashes()
    let indexes = InputIndexMemo()
    private let texts = SourceCache()
    let search = SearchIndexCache()
    private let people = PeopleMemo()
    let progress = ProgressMemo()
    private var theme: Theme?
    private var themeDiagnostics: [Diagnostic] = []
    private var themeStamp: Int?
    /// Fingerprint of each page's inputs when it was last rendered.
    var fingerprints: [String: String] = [:]
    var pages: [String: OutputFile] = [:]
    var site: [String: OutputFile] = [:]
    /// With `lazyLists`: what the last successful rebuild left to render when asked for.
    var pending = Pending()
    /// The job paths behind `pages` and `fingerprints` (`update(with:)`).
    var tables = PageTables()

    /// - Parameter lazyLists: leave the pages made from every file (`PageInputs.everything`:
    ///   dashboard, lists, quality, reviews, provision map, glossary, changes, impact…) and the
    ///   search index out of each rebuild whose edit changed them, and render them when they
    ///   are asked for (`file(at:)`). Made from the same model, they are the same files.
    package init(
        content: String, themeDirectories: [String], drafts: Bool = false,
        history: HistoryLoader? = HistoryLoader(), audience: Audience = .staff, lazyLists: Bool = false
    ) {
        self.audience = audience
        self.content = content
        self.themeDirectories = themeDirectories
        self.drafts = drafts
        // An edit changes no commit: the log and past versions are read again only when HEAD moves.
        self.history = history?.keepingCommitted()
        self.lazyLists = lazyLists
        memos = .all(hashes: hashes)
    }

    /// Brings the site up to date with the content and theme folders.
    ///
    /// When the content has errors the result says so and holds the last site built without
    /// errors (empty before the first one). `stats` are the content files' stats just taken
    /// (by path inside the content folder), so the loader need not stat them again.
    package func rebuild(today: Day = .today(), stats: [String: FileStat]? = nil) -> Rebuild {
        lock.lock()
        defer { lock.unlock() }
        let started = Date()
        let (loaded, loadDiagnostics) = ContentLoader().load(root: content, cache: texts, stats: stats)
        let (analysedSite, analysed) = SiteBuilder().analyse(
            loaded, today: today, history: history, audience: audience, memos: memos)
        var diagnostics = loadDiagnostics + analysed
        reloadThemeIfChanged()
        diagnostics += themeDiagnostics
        var result = Rebuild(
            diagnostics: diagnostics, site: site, parsed: memos.parse?.lastParsed ?? 0, reused: memos.parse?.lastReused ?? 0)
        result.read = texts.lastRead
        result.pending = pending.paths
        guard let analysedSite, let theme, let broken = Self.brokenPages(diagnostics, loaded: loaded) else {
            return result.finished(since: started)
        }

        let renderer = SiteRenderer(theme: theme, today: today, drafts: drafts, people: people, progress: progress)
        // The search index is made on its own thread while the pages render (`SearchIndexCache`).
        let model = analysedSite.model
        let searching = lazyLists ? nil : Background { [search] in search.files(analysedSite) }
        // The page jobs (the people index, the impact figures) are made while the fingerprints are.
        let making = Background { renderer.pageJobs(analysedSite) }
        let fingerprints = PageFingerprints(
            loaded: loaded, site: analysedSite, templates: theme.templateTexts,
            today: today, extra: [analysedSite.history.state], hashes: hashes,
            indexes: indexes)
        let jobs = making.wait()
        let prints = ParallelMap.map(jobs) { fingerprints.fingerprint($0) }
        let paths = jobs.map(\.path)
        let (stale, samePaths) = staleJobs(paths: paths, prints: prints)
        let later = lazyLists ? stale.filter { jobs[$0].inputs.isEverything } : []
        let needed = (lazyLists ? stale.filter { !jobs[$0].inputs.isEverything } : stale).map { jobs[$0] }
        let builder = ContextBuilder(site: analysedSite, today: today)
        let (rendered, renderDiagnostics) = renderer.render(needed, builder: builder)
        let searchFiles = searching?.wait() ?? []
        result.diagnostics += renderDiagnostics
        guard !renderDiagnostics.hasErrors else { return result.finished(since: started) }

        var fresh = Dictionary(rendered.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        for file in searchFiles where !Self.holds(pages[file.path], file.text) {
            fresh[file.path] = OutputFile(path: file.path, contents: .text(file.text))
        }
        let waiting = Set(later.map { jobs[$0].path })
        result.changed = update(
            with: Outcome(
                jobs: jobs, paths: paths, samePaths: samePaths, prints: prints, stale: stale, waiting: waiting, fresh: fresh,
                searchFiles: searchFiles))
        let retired = LaterRelease((pending, site))
        pending =
            lazyLists
            ? Pending(
                jobs: Dictionary(later.map { (paths[$0], (jobs[$0], prints[$0], $0)) }, uniquingKeysWith: { a, _ in a }),
                renderer: renderer, builder: builder, search: analysedSite) : Pending()
        site = pages
        for file in renderer.copiedFiles(model) { site[file.path] = file }
        result.site = site
        retired.release()
        result.pending = pending.paths
        result.searchPending = pending.search != nil
        result.brokenPages = broken
        result.succeeded = broken.isEmpty
        result.rendered = fresh.count
        result.pages = pages.count + waiting.count
        return result.finished(since: started)
    }

    /// Whether `file` holds exactly `text`.
    private static func holds(_ file: OutputFile?, _ text: String) -> Bool {
        guard case .text(let old)? = file?.contents else { return false }
        return old == text
    }

    /// Loads the theme again when any of its files changed.
    private func reloadThemeIfChanged() {
        let stamp = Self.stamp(of: themeDirectories)
        if stamp != themeStamp || theme == nil {
            (theme, themeDiagnostics) = Theme.load(directories: themeDirectories)
            themeStamp = stamp
        }
    }

    /// A hash of every theme file's path, size and modification time, and every template's text.
    static func stamp(of directories: [String]) -> Int {
        var hasher = Hasher()
        let fm = FileManager.default
        for directory in directories {
            for rel in Theme.files(under: directory) {
                let path = directory + "/" + rel
                let attributes = try? fm.attributesOfItem(atPath: path)
                hasher.combine(path)
                hasher.combine(attributes?[.size] as? Int)
                hasher.combine((attributes?[.modificationDate] as? Date)?.timeIntervalSince1970)
                if rel.hasSuffix(".mustache") { hasher.combine(fm.contents(atPath: path)) }
            }
        }
        return hasher.finalize()
    }
}

/// What one `BuildSession.rebuild` did.
package struct Rebuild: Sendable {
    package var diagnostics: [Diagnostic]
    /// The whole site by path: this build's when it succeeded, else the last good one.
    package var site: [String: OutputFile]
    /// True when there were no errors and `site` is up to date.
    package var succeeded = false
    /// When only some files have errors: the pages made from them (site path → the errors of
    /// the file), which show those errors; every other page of `site` is up to date. Empty
    /// when the build succeeded, and when an error elsewhere (site.yml, the theme) kept the
    /// whole site from being rebuilt.
    package var brokenPages: [String: [Diagnostic]] = [:]
    /// Markdown files parsed this time, and taken unchanged from the cache.
    package var parsed: Int
    package var reused: Int
    /// Content files read from disk this time (the others were unchanged since last read).
    package var read = 0
    /// Pages rendered this time, and pages in the site.
    package var rendered = 0
    package var pages = 0
    /// Paths of pages rendered anew or removed.
    package var changed: [String] = []
    /// With `lazyLists`: pages of the site not rendered yet, which `BuildSession.file(at:)`
    /// renders when asked for; and whether the search index (`search/…`) waits the same way.
    package var pending: Set<String> = []
    package var searchPending = false
    package var seconds = 0.0

    init(diagnostics: [Diagnostic], site: [String: OutputFile], parsed: Int, reused: Int) {
        self.diagnostics = diagnostics
        self.site = site
        self.parsed = parsed
        self.reused = reused
    }

    func finished(since start: Date) -> Rebuild {
        var copy = self
        copy.seconds = Date().timeIntervalSince(start)
        return copy
    }
}
