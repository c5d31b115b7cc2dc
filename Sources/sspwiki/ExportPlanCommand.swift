import ArgumentParser
import Foundation
import SSPWikiCore

/// `sspwiki export plan <id> …` (or `sspwiki export <id> …`): one self-contained HTML file
/// (or PDF) per plan.
struct ExportPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract:
            "Write a plan as one self-contained, print-ready HTML file (or PDF) for the family, the child, an EHC needs assessment request or a new setting.",
        discussion: """
            Examples:
              sspwiki export amy-khan --for family
              sspwiki export amy-khan --for child --pdf
              sspwiki export amy-khan --evidence --cycles 3
              sspwiki export amy-khan --transfer -o transfer/
              sspwiki export --class "3 Oak" --for family -o family-copies/
            Each file has its styles inside it and its images embedded, no script, and prints on \
            A4. The family's copy writes every acronym out in full and leaves out quality findings, \
            commit details and links. --evidence and --transfer read the git history.
            """)

    enum Reader: String, ExpressibleByArgument { case family, child }

    @OptionGroup var common: CommonOptions

    @Argument(help: "The plan's id (its file name without .md). Leave out with --class or --all.")
    var id: String?

    @Option(name: .customLong("for"), help: "Who the copy is for: family or child.")
    var reader: Reader?

    @Option(
        help:
            "Whose content the document may hold: staff (default; nothing confidential, no restricted plan) or leads (everything, marked confidential at the top)."
    )
    var audience: SSPWikiCore.Audience = .staff

    @ArgumentParser.Flag(
        help: "An evidence pack: the plan as it stood at each of the last reviews, for an EHC needs assessment request.")
    var evidence = false

    @Option(help: "With --evidence: how many reviewed cycles to include.")
    var cycles = 3

    @ArgumentParser.Flag(help: "A transfer pack: every cycle, the history and the outside agencies, for a new setting.")
    var transfer = false

    @Option(name: .customLong("class"), help: "Export every active plan of this class (one file each into --output).")
    var className: String?

    @ArgumentParser.Flag(help: "Export every active plan (one file each into --output).")
    var all = false

    @Option(
        name: .shortAndLong,
        help: "The file to write (one plan; default <id>-<kind>.html) or the folder (--class, --all; default exports).")
    var output: String?

    @ArgumentParser.Flag(help: "Also print each file to PDF with headless Chromium (Debian package chromium).")
    var pdf = false

    @Option(help: "A theme folder whose files replace the default theme's files of the same name.")
    var theme: String?

    func validate() throws {
        let kinds = [reader != nil, evidence, transfer].filter { $0 }.count
        guard kinds == 1 else {
            throw ValidationError("say which document to make: --for family, --for child, --evidence or --transfer (one of them)")
        }
        let targets = [id != nil, className != nil, all].filter { $0 }.count
        guard targets == 1 else { throw ValidationError("name one plan by its id, or pass --class NAME or --all") }
        guard cycles >= 1 else { throw ValidationError("--cycles must be 1 or more") }
    }

    var kind: PlanExporter.Kind {
        if evidence { return .evidence(cycles: cycles) }
        if transfer { return .transfer }
        return reader == .child ? .child : .family
    }

    func run() throws {
        let chromium = pdf ? try PDFPrinter.find() : nil
        let needsHistory = evidence || transfer
        let day = try common.day()
        let (site, diagnostics) = SiteBuilder().analyse(
            content: common.content, today: day,
            history: needsHistory ? HistoryLoader() : nil,
            audience: audience)
        common.print(diagnostics.filter { $0.severity == .error })
        guard let site, !diagnostics.hasErrors else { throw Exit.contentErrors }
        let (loadedTheme, themeDiagnostics) = Theme.load(directories: try common.themeDirectories(override: theme))
        common.print(themeDiagnostics)
        guard let loadedTheme else { throw Exit.environment }
        // `analyse` hands back the model of the chosen audience, so what only leads may see is
        // never in a document unless `--audience leads` asked for it.
        let exporter = PlanExporter(theme: loadedTheme, site: site, today: day)
        let ids = try planIDs(site.model)
        let batch = id == nil
        let folder = output ?? "exports"
        if batch { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        var written: [String] = []
        for planID in ids {
            let (text, problems) = exporter.export(planID, as: kind)
            common.print(problems)
            guard let text else { throw Exit.contentErrors }
            let name = PlanExporter.fileName(planID: planID, kind: kind)
            let path = batch ? folder + "/" + name : (output ?? name)
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            } catch {
                throw CommandFailure(
                    message: "could not write \(path): \(error.localizedDescription)",
                    hint: "check that the folder exists and can be written")
            }
            written.append(path)
            if let chromium { written.append(try chromium.print(html: path)) }
        }
        FileHandle.standardError.write(
            Data("wrote \(written.count) file\(written.count == 1 ? "" : "s"): \(written.joined(separator: ", "))\n".utf8))
    }

    /// The plans to export: the one named, a class's active plans, or every active plan.
    func planIDs(_ model: ContentModel) throws -> [String] {
        if let id { return [id] }
        let active = model.publishedPlans.filter { $0.status == .active }
        guard let className else { return active.map(\.id) }
        let inClass = active.filter { $0.className?.caseInsensitiveCompare(className) == .orderedSame }
        guard !inClass.isEmpty else {
            let names = Set(active.compactMap(\.className)).sorted()
            throw CommandFailure(
                message: "no active plan is in the class '\(className)'",
                hint: "classes with active plans: " + names.joined(separator: ", "), status: ExitStatus.usage)
        }
        return inClass.map(\.id)
    }
}
