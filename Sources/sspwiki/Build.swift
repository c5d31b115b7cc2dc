import ArgumentParser
import Foundation
import SSPWikiCore

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site from the content folder.")

    @OptionGroup var common: CommonOptions

    @Option(name: .shortAndLong, help: "The folder to write the site into.")
    var output: String = "site"

    @Option(help: "A theme folder whose files replace the default theme's files of the same name.")
    var theme: String?

    @ArgumentParser.Flag(
        name: .customLong("no-history"),
        help: "Do not read the git history (no history pages, change summaries or past versions).")
    var noHistory = false

    @ArgumentParser.Flag(
        name: .customLong("no-cache"),
        help: "Render every page again instead of keeping the pages whose sources did not change since the last build.")
    var noCache = false

    @Option(
        help:
            "Who the site is for: staff (default; nothing confidential, no restricted plan) or leads (everything). Build each into its own --output."
    )
    var audience: Audience = .staff

    func run() throws {
        var options = BuildOptions(
            content: common.content, output: output,
            themeDirectories: try common.themeDirectories(override: theme), today: try common.day(),
            history: !noHistory)
        options.reusePages = !noCache
        options.audience = audience
        let started = Date()
        let report = SiteBuilder().build(options)
        common.print(report.diagnostics)
        guard report.succeeded else { throw report.environmentFailed ? Exit.environment : Exit.contentErrors }
        let seconds = Date().timeIntervalSince(started)
        if report.upToDate {
            FileHandle.standardError.write(
                Data(
                    String(
                        format: "%@ is up to date (%d pages, %d plans); nothing changed since the last build (%.2f s)\n",
                        output, report.pagesWritten, report.plans, seconds
                    ).utf8))
            return
        }
        let history =
            report.historyTimings.map {
                String(
                    format: "; reading history added %.2f s (git %.2f s alongside parsing, waited %.2f s; past versions %.2f s)",
                    $0.added, $0.git, $0.waitedForGit, $0.parse)
            } ?? ""
        let kept = report.pagesKept > 0 ? ", \(report.pagesKept) of them kept from the last build" : ""
        FileHandle.standardError.write(
            Data(
                String(
                    format: "built %d pages (%d plans%@) into %@ in %.2f s%@\n",
                    report.pagesWritten, report.plans, kept, output, seconds, history
                ).utf8))
    }
}

extension Audience: ExpressibleByArgument {}

struct CommonOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "The content folder.")
    var content: String = "content"

    @Option(help: "Treat this day (YYYY-MM-DD) as today, for overdue and due-soon reviews.")
    var today: String?

    // A malformed date is a usage mistake, reported with the usage of the command it was given to.
    func validate() throws {
        if let today, Day(iso: today) == nil {
            throw ValidationError("--today must be a date written YYYY-MM-DD, such as 2026-12-01")
        }
    }

    func day() throws -> Day {
        guard let today else { return .today() }
        return Day(iso: today) ?? .today()
    }

    /// The folders laid over the built-in theme: the `--theme` folder, if any.
    func themeDirectories(override: String?) throws -> [String] {
        override.map { [$0] } ?? []
    }

    func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        let text = DiagnosticFormatter(contentPrefix: content).format(all: diagnostics)
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
