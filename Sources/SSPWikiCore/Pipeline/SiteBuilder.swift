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
    /// The site returned (`AnalysedSite`, nil when the content could not be parsed at all) is
    /// the one `audience` may see (`Redactor`); the diagnostics are always those of the whole
    /// content (the leads' view), so every audience's build reports the same problems, once.
    package func analyse(
        content: String, today: Day = .today(), history: HistoryLoader? = nil,
        previousPlanNumbers: [String: Int] = [:], audience: Audience = .staff
    ) -> (AnalysedSite?, [Diagnostic]) {
        let (loaded, loadDiagnostics) = ContentLoader().load(root: content)
        let (site, diagnostics) = analyse(
            loaded, today: today, history: history,
            previousPlanNumbers: previousPlanNumbers, audience: audience)
        return (site, loadDiagnostics + diagnostics)
    }

    /// Parses, validates and links content already loaded; with `memos`, what an earlier run
    /// kept is used where its inputs are unchanged (`BuildSession`).
    package func analyse(
        _ loaded: LoadedContent, today: Day = .today(),
        history: HistoryLoader? = nil, previousPlanNumbers: [String: Int] = [:],
        audience: Audience = .staff, memos: AnalysisMemos = AnalysisMemos()
    ) -> (AnalysedSite?, [Diagnostic]) {
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
        let (parsed, parseDiagnostics) = ContentParser().parse(loaded, cache: memos.parse)
        diagnostics += parseDiagnostics
        let waitStarted = Date()
        var past = reading?.wait()
        let waited = Date().timeIntervalSince(waitStarted)
        guard let raw = parsed else { return (nil, diagnostics) }
        var previous = previousPlanNumbers
        var rawHistory = SiteHistory()
        if let (loadedHistory, historyDiagnostics, gitSeconds) = past {
            diagnostics += historyDiagnostics
            let started = Date()
            rawHistory = HistoryParser().parse(loadedHistory, sources: loaded.sources, model: raw, cache: memos.pastVersions)
            rawHistory.timings = HistoryTimings(
                git: gitSeconds, waitedForGit: waited,
                parse: Date().timeIntervalSince(started))
            previous.merge(rawHistory.committedPlanNumbers) { given, _ in given }
        }
        // The blobs git gave are parsed now: let them go before the model is redacted and linked.
        past = nil
        // Validation reads only the parsed model: it runs while the model is redacted and linked.
        let validating = Background {
            ContentValidator().validate(raw, memo: memos.validation) + RetentionChecker().check(raw, today: today)
        }
        let checker = QualityChecker(previousPlanNumbers: previous)
        let terms = memos.hashes.map { AnalysedSite.TermsMemo(loaded: loaded, hashes: $0) }
        // The audience's own model is redacted, linked and checked again for its pages (the
        // quality page must not quote what it may not see), on its own thread while the leads'
        // model is; its diagnostics are a subset of the leads'.
        let showing =
            audience.seesConfidential
            ? nil
            : Background { [rawHistory] () -> AnalysedSite? in
                guard raw.hasConfidential(history: rawHistory, memo: memos.confidential) else { return nil }
                let (shown, shownHistory) = raw.redacted(for: audience, history: rawHistory)
                let (shownGraph, _) =
                    memos.links?.link(shown, history: shownHistory, scope: audience.rawValue)
                    ?? SiteLinker().link(shown, history: shownHistory)
                // The audience's redaction also depends on which plans it may not see.
                let withheld = raw.plans.filter(\.restricted).map { "withheld \($0.id) \($0.displayName)" }
                let shownInputs = memos.quality.map {
                    ($0, QualityCache.Inputs(loaded: loaded, today: today, scope: audience.rawValue, withheld: withheld))
                }
                let shownFindings = checker.check(
                    shown, graph: shownGraph, history: shownHistory, today: today, kept: shownInputs)
                return AnalysedSite(
                    model: shown, graph: shownGraph, history: shownHistory,
                    quality: QualityReport(findings: shownFindings, model: shown), audience: audience, terms: terms,
                    released: memos.released)
            }
        let (model, history) = raw.redacted(for: .leads, history: rawHistory)
        let (graph, linkDiagnostics) =
            memos.links?.link(model, history: history, scope: "leads") ?? SiteLinker().link(model, history: history)
        diagnostics += validating.wait()
        diagnostics += linkDiagnostics
        let leadsInputs = memos.quality.map { ($0, QualityCache.Inputs(loaded: loaded, today: today, scope: "leads")) }
        let findings = checker.check(model, graph: graph, history: history, today: today, kept: leadsInputs)
        diagnostics += findings
        if let site = showing?.wait() { return (site, diagnostics) }
        let report = QualityReport(findings: findings, model: model)
        let site = AnalysedSite(
            model: model, graph: graph, history: history, quality: report, audience: audience, terms: terms,
            released: memos.released)
        return (site, diagnostics)
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
        var (loaded, loadDiagnostics) = ContentLoader().load(root: options.content)
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
        let (analysed, diagnostics) = analyse(
            loaded, today: options.today, history: history, audience: options.audience,
            memos: AnalysisMemos(hashes: hashes))
        report.diagnostics += loadDiagnostics + diagnostics
        let (theme, themeDiagnostics) = Theme.load(directories: options.themeDirectories)
        report.diagnostics += themeDiagnostics
        if themeDiagnostics.hasErrors { report.environmentFailed = true }
        guard let site = analysed, let theme, !report.diagnostics.hasErrors else { return report }
        report.plans = site.model.publishedPlans.count
        if site.history.available { report.historyTimings = site.history.timings }
        // Pages are rendered in batches and written as they are made (streaming), so a large
        // site is never held in memory whole; the staging folder is swapped in at the end.
        // A page whose inputs are those of the same page in the site being replaced is kept.
        let renderer = SiteRenderer(theme: theme, today: options.today)
        let fingerprints = PageFingerprints(
            loaded: loaded, site: site, templates: theme.templateTexts,
            today: options.today, extra: [gitState], hashes: hashes)
        // Nothing reads a content file's text after this (media are copied by path): let the
        // texts go before the pages render, here and in the hashes (75 MB at 20,000 plans).
        loaded.sources = []
        hashes.keep(only: [])
        var keeper = PageKeeper(
            fingerprints: fingerprints, previous: options.reusePages ? PageManifest.read(cache) : PageManifest(),
            output: writer.output, stamp: stamp.value)
        var rendered = SiteRenderer.StreamReport()
        let problem = writer.write(stamp: stamp) { emit in
            rendered = try renderer.render(site, keep: { keeper.keep($0) }, emit: { try emit(keeper.settle($0)) })
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
