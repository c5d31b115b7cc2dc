import ArgumentParser
import Foundation
import SSPWikiCore

extension Phase: ExpressibleByArgument {}

/// `sspwiki init`: a new project folder for a setting.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make a project folder for your setting: content, starter catalogues, git and the pre-commit check.",
        discussion: """
            Writes DIR/content (site.yml, starter INDES sections, PEaSS catalogue and glossary to \
            replace with your local authority's, a how-to page and an example draft plan) and \
            DIR/.gitignore; makes a git repository with a pre-commit hook that refuses a commit \
            whose content has errors, and commits the files, unless DIR is inside a repository \
            already. A folder that is not empty is refused unless --force is given; no file is \
            ever overwritten.
            """)

    @Argument(help: "The project folder to make (default: the current folder).")
    var directory: String = "."

    @Option(help: "The name of the school or setting, shown on every page.")
    var setting: String

    @Option(help: "primary, secondary or all-through.")
    var phase: Phase = .primary

    @ArgumentParser.Flag(help: "Add the starter files to a folder that is not empty (existing files are kept as they are).")
    var force = false

    @Option(help: "Treat this day (YYYY-MM-DD) as today, for the example plan's dates.")
    var today: String?

    func validate() throws {
        if let today, Day(iso: today) == nil {
            throw ValidationError("--today must be a date written YYYY-MM-DD, such as 2026-12-01")
        }
    }

    func run() throws {
        let (theme, problems) = Theme.load()
        guard let theme else {
            FileHandle.standardError.write(Data((DiagnosticFormatter(contentPrefix: "").format(all: problems) + "\n").utf8))
            throw Exit.environment
        }
        var options = ProjectInitializer.Options(
            directory: directory, setting: setting, phase: phase,
            today: today.flatMap(Day.init(iso:)) ?? .today())
        options.force = force
        options.tool = Bundle.main.executablePath
        switch ProjectInitializer(options, theme: theme).run() {
        case .failure(let problem):
            throw CommandFailure(
                message: problem.message, hint: problem.hint,
                status: FileManager.default.fileExists(atPath: directory) ? ExitStatus.usage : ExitStatus.environment)
        case .success(let report):
            var lines = ["made \(directory) for \(setting): \(report.written.count) files written"]
            if !report.kept.isEmpty {
                lines.append("kept \(report.kept.count) files that were already there: \(report.kept.joined(separator: ", "))")
            }
            lines += report.notes.map { "  " + $0 }
            let go = directory == "." ? "" : "cd \(directory) && "
            lines.append(
                "  next: \(go)sspwiki serve --drafts, then open http://127.0.0.1:8080/ and read 'How we keep our support plans'")
            FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
    }
}

/// `sspwiki hooks`: the git hooks that keep errors out of the shared repository.
struct Hooks: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Install the pre-commit check in an existing git repository.",
        subcommands: [HooksInstall.self])
}

struct HooksInstall: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: "Add a pre-commit hook that refuses a commit whose content has errors (warnings are printed, not blocking).",
        discussion: "The hook checks the files as they are staged. It never replaces a pre-commit hook sspwiki did not write.")

    @Option(name: .shortAndLong, help: "The content folder inside the repository.")
    var content: String = "content"

    func run() throws {
        switch HookInstaller(tool: Bundle.main.executablePath).install(
            in: FileManager.default.currentDirectoryPath, content: content)
        {
        case .failure(let problem):
            throw CommandFailure(message: problem.message, hint: problem.hint)
        case .success(let hook):
            FileHandle.standardError.write(Data("installed the pre-commit check in \(hook)\n".utf8))
        }
    }
}
