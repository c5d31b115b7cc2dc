import Foundation

/// The whole pipeline, top to bottom: load → parse → validate → link → render → write.
///
/// Each stage adds its diagnostics; a stage that finds errors does not stop the next checks
/// (so one run reports every problem) but nothing is written when any error was found.
package struct SiteBuilder: Sendable {
    package init() {}

    /// Loads, parses, validates and links the content, then runs the quality rules, without
    /// rendering. With a `history` loader, the git history is read while the content is parsed.
    ///
    /// `previousPlanNumbers` (plan id → `plan_number` in the previous recorded version) lets
    /// the quality rules notice a plan number going backwards; with history it is worked out
    /// from the last commit of each plan.
    ///
    /// The model returned is the one `audience` may see (`Redactor`); the diagnostics are
    /// always those of the whole content (the leads' view), so every audience's build reports
    /// the same problems, once.
    package func analyse(
        content: String, today: Day = .today(), history: HistoryLoader? = nil,
        previousPlanNumbers: [String: Int] = [:], audience: Audience = .staff
    ) -> (ContentModel?, LinkGraph, [Diagnostic]) {
        let (loaded, loadDiagnostics) = ContentLoader().load(root: content)
        let (model, graph, diagnostics) = analyse(
            loaded, today: today, history: history,
            previousPlanNumbers: previousPlanNumbers, audience: audience)
        return (model, graph, loadDiagnostics + diagnostics)
    }

    /// Parses, validates and links content already loaded; with a `cache`, unchanged files are
    /// not parsed again (`BuildSession`).
    package func analyse(
        _ loaded: LoadedContent, today: Day = .today(), cache: ParseCache? = nil,
        history: HistoryLoader? = nil, previousPlanNumbers: [String: Int] = [:],
        audience: Audience = .staff, pastVersions: PastVersionCache? = nil,
        quality: QualityCache? = nil
    ) -> (ContentModel?, LinkGraph, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let root = loaded.root
        // Git runs on its own thread while the current content is parsed.
        let reading =
            loaded.sources.isEmpty
            ? nil
            : history.map { loader in
                Background { () -> (LoadedHistory, [Diagnostic], Double) in
                    let started = Date()
                    let (history, diagnostics) = loader.load(root: root)
                    return (history, diagnostics, Date().timeIntervalSince(started))
                }
            }
        let (parsed, parseDiagnostics) = ContentParser().parse(loaded, cache: cache)
        diagnostics += parseDiagnostics
        let waitStarted = Date()
        var past = reading?.wait()
        let waited = Date().timeIntervalSince(waitStarted)
        guard var model = parsed else { return (nil, LinkGraph(), diagnostics) }
        var previous = previousPlanNumbers
        if let (loadedHistory, historyDiagnostics, gitSeconds) = past {
            diagnostics += historyDiagnostics
            let started = Date()
            model.history = HistoryParser().parse(loadedHistory, sources: loaded.sources, model: model, cache: pastVersions)
            model.history.timings = HistoryTimings(
                git: gitSeconds, waitedForGit: waited,
                parse: Date().timeIntervalSince(started))
            previous.merge(model.history.committedPlanNumbers) { given, _ in given }
        }
        // The blobs git gave are parsed now: let them go before the model is redacted and linked.
        past = nil
        diagnostics += ContentValidator().validate(model)
        diagnostics += RetentionChecker().check(model, today: today)
        let raw = model
        model = raw.redacted(for: .leads)
        let (graph, linkDiagnostics) = SiteLinker().link(model)
        diagnostics += linkDiagnostics
        let checker = QualityChecker(previousPlanNumbers: previous)
        let leadsInputs = quality.map { ($0, QualityCache.Inputs(loaded: loaded, today: today, scope: "leads")) }
        let findings = checker.check(model, graph: graph, today: today, kept: leadsInputs)
        diagnostics += findings
        model.quality = QualityReport(findings: findings, model: model)
        guard !audience.seesConfidential else { return (model, graph, diagnostics) }
        // The audience's own model is linked and checked again for its pages (the quality page
        // must not quote what it may not see); its diagnostics are a subset of those above.
        guard raw.hasConfidential else {
            model.audience = audience
            return (model, graph, diagnostics)
        }
        var shown = raw.redacted(for: audience)
        let (shownGraph, _) = SiteLinker().link(shown)
        // The audience's redaction also depends on which plans it may not see.
        let withheld = raw.plans.filter(\.restricted).map { "withheld \($0.id) \($0.displayName)" }
        let shownInputs = quality.map {
            ($0, QualityCache.Inputs(loaded: loaded, today: today, scope: audience.rawValue, withheld: withheld))
        }
        shown.quality = QualityReport(
            findings: checker.check(shown, graph: shownGraph, today: today, kept: shownInputs), model: shown)
        return (shown, shownGraph, diagnostics)
    }

    /// Builds the site. Nothing is written when any error was found. When the content, theme,
    /// day, git state and tool are exactly those of the site already in the output folder,
    /// nothing is rebuilt and the warnings of that build are reported again (`report.upToDate`).
    package func build(_ options: BuildOptions) -> BuildReport {
        var report = BuildReport()
        let writer = SiteWriter(output: options.output, content: options.content)
        if let problem = writer.preflight() {
            report.diagnostics.append(problem)
            report.environmentFailed = true
        }
        let (loaded, loadDiagnostics) = ContentLoader().load(root: options.content)
        let history = options.history ? HistoryLoader(runner: options.gitRunner) : nil
        let gitState =
            (history.map { "history " + $0.headState(root: loaded.root) } ?? "no history")
            + ", audience " + options.audience.rawValue
        let hashes = SourceHashes()
        let stamp = BuildStamp(
            loaded: loaded, themeDirectories: options.themeDirectories, today: options.today,
            options: [gitState], hashes: hashes)
        let cache = BuildCache(output: options.output)
        if options.reusePages, !report.diagnostics.hasErrors, !loadDiagnostics.hasErrors, let entry = cache.entry(for: stamp) {
            report.diagnostics = entry.diagnostics
            report.pagesWritten = entry.pagesWritten
            report.filesWritten = entry.filesWritten
            report.plans = entry.plans
            report.upToDate = true
            return report
        }
        let (model, graph, diagnostics) = analyse(loaded, today: options.today, history: history, audience: options.audience)
        report.diagnostics += loadDiagnostics + diagnostics
        let (theme, themeDiagnostics) = Theme.load(directories: options.themeDirectories)
        report.diagnostics += themeDiagnostics
        if themeDiagnostics.hasErrors { report.environmentFailed = true }
        guard var model, let theme, !report.diagnostics.hasErrors else { return report }
        model.releaseFieldLocations()
        report.plans = model.publishedPlans.count
        if model.history.available { report.historyTimings = model.history.timings }
        // Pages are rendered in batches and written as they are made (streaming), so a large
        // site is never held in memory whole; the staging folder is swapped in at the end.
        // A page whose inputs are those of the same page in the site being replaced is kept.
        let renderer = SiteRenderer(theme: theme, today: options.today)
        let fingerprints = PageFingerprints(
            loaded: loaded, model: model, graph: graph, templates: theme.templateTexts,
            today: options.today, extra: [gitState], hashes: hashes)
        var keeper = PageKeeper(
            fingerprints: fingerprints, previous: options.reusePages ? PageManifest.read(cache) : PageManifest(),
            output: writer.output, stamp: stamp.value)
        var rendered = SiteRenderer.StreamReport()
        let problem = writer.write(stamp: stamp) { emit in
            rendered = try renderer.render(model, graph: graph, keep: { keeper.keep($0) }, emit: { try emit(keeper.settle($0)) })
            if rendered.diagnostics.hasErrors { throw StopWriting() }
        }
        report.diagnostics += rendered.diagnostics
        guard !report.diagnostics.hasErrors else { return report }
        if let problem {
            report.diagnostics.append(problem)
            report.environmentFailed = true
            return report
        }
        report.filesWritten = rendered.files
        report.pagesWritten = rendered.pages
        report.pagesKept = rendered.kept
        report.pagesRendered = rendered.rendered
        keeper.next.write(cache)
        cache.record(
            .init(
                stamp: stamp.value, diagnostics: report.diagnostics, pagesWritten: report.pagesWritten,
                filesWritten: report.filesWritten, plans: report.plans))
        return report
    }
}

/// Stops a streamed write when rendering found an error; the error itself is in the report.
struct StopWriting: Error {}
