import Foundation

/// The whole pipeline, top to bottom: load → parse → validate → link → render → write.
///
/// Each stage adds its diagnostics; a stage that finds errors does not stop the next checks
/// (so one run reports every problem) but nothing is written when any error was found.
public struct SiteBuilder: Sendable {
    public init() {}

    /// Loads, parses, validates and links the content without rendering. With a `history`
    /// loader, the git history is read while the content is parsed.
    public func analyse(content: String, today: Day = .today(),
                        history: HistoryLoader? = nil) -> (ContentModel?, LinkGraph, [Diagnostic]) {
        let (loaded, loadDiagnostics) = ContentLoader().load(root: content)
        var diagnostics = loadDiagnostics
        let root = loaded.root
        let reading = loaded.sources.isEmpty ? nil : history.map { loader in
            Background { () -> (LoadedHistory, [Diagnostic], Double) in
                let started = Date()
                let (history, diagnostics) = loader.load(root: root)
                return (history, diagnostics, Date().timeIntervalSince(started))
            }
        }
        let (parsed, parseDiagnostics) = ContentParser().parse(loaded)
        diagnostics += parseDiagnostics
        let waitStarted = Date()
        let past = reading?.wait()
        let waited = Date().timeIntervalSince(waitStarted)
        guard var model = parsed else { return (nil, LinkGraph(), diagnostics) }
        if let (loadedHistory, historyDiagnostics, gitSeconds) = past {
            diagnostics += historyDiagnostics
            let started = Date()
            model.history = HistoryParser().parse(loadedHistory, sources: loaded.sources, model: model)
            model.history.timings = HistoryTimings(git: gitSeconds, waitedForGit: waited,
                                                   parse: Date().timeIntervalSince(started))
        }
        diagnostics += ContentValidator().validate(model)
        let (graph, linkDiagnostics) = SiteLinker().link(model)
        diagnostics += linkDiagnostics
        return (model, graph, diagnostics)
    }

    /// Builds the site. Nothing is written when any error was found.
    public func build(_ options: BuildOptions) -> BuildReport {
        var report = BuildReport()
        let writer = SiteWriter(output: options.output)
        if let problem = writer.preflight() {
            report.diagnostics.append(problem)
        }
        let history = options.history ? HistoryLoader(runner: options.gitRunner) : nil
        let (model, graph, diagnostics) = analyse(content: options.content, today: options.today, history: history)
        report.diagnostics += diagnostics
        let (theme, themeDiagnostics) = Theme.load(directories: options.themeDirectories)
        report.diagnostics += themeDiagnostics
        guard let model, let theme, !report.diagnostics.hasErrors else { return report }
        report.plans = model.publishedPlans.count
        if model.history.available { report.historyTimings = model.history.timings }
        let (files, renderDiagnostics) = SiteRenderer(theme: theme, today: options.today).render(model, graph: graph)
        report.diagnostics += renderDiagnostics
        guard !report.diagnostics.hasErrors else { return report }
        if let problem = writer.write(files) {
            report.diagnostics.append(problem)
            return report
        }
        report.filesWritten = files.count
        report.pagesWritten = files.filter { $0.path.hasSuffix(".html") }.count
        return report
    }
}
