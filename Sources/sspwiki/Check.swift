import ArgumentParser
import Foundation
import SSPWikiCore

/// `sspwiki check`: everything `build` checks, plus the quality rules, without writing a site.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content and the quality of every plan without writing a site.",
        discussion:
            "Exit status 0 when there are no errors, 1 when there are (with --strict, warnings count too). The rules are listed in docs/quality-checks.md."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var common: CommonOptions

    @Option(help: "How to print the report: text (like a compiler) or json (for editors and CI).")
    var format: Format = .text

    @ArgumentParser.Flag(help: "Fail (exit 1) on warnings too, not only on errors.")
    var strict = false

    @ArgumentParser.Flag(
        name: .customLong("no-history"),
        help: "Do not read the git history (plan-number-backwards then has nothing to compare with).")
    var noHistory = false

    func run() throws {
        let started = Date()
        // The history gives each plan's last committed plan_number, as in `build`.
        let (site, diagnostics) = SiteBuilder().analyse(
            content: common.content, today: try common.day(),
            history: noHistory ? nil : HistoryLoader())
        switch format {
        case .json:
            print(DiagnosticJSON(diagnostics, contentPrefix: common.content).encoded())
        case .text:
            if !diagnostics.isEmpty {
                print(DiagnosticFormatter(contentPrefix: common.content).format(all: diagnostics))
            }
            let plans = site?.model.plans.filter(QualityChecker.checks).count ?? 0
            let seconds = Date().timeIntervalSince(started)
            FileHandle.standardError.write(Data(String(format: "checked %d plans in %.2f s\n", plans, seconds).utf8))
        }
        let failing = diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
        if failing { throw Exit.contentErrors }
    }
}
