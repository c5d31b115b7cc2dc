import Foundation

/// `sspwiki init`: makes a project folder for a setting that builds at once — a content folder
/// with `site.yml`, the starter INDES sections, PEaSS catalogue and glossary, a how-to page and
/// an example draft plan, a `.gitignore`, and (when git is installed and the folder is not
/// already inside a repository) a git repository with the pre-commit check and a first commit.
///
/// The starter files are built into the tool (`BuiltinFiles.starter`, from `starter/`). A file
/// that is already there is never overwritten; a folder that is not empty is refused unless
/// `force` is set.
package struct ProjectInitializer: Sendable {
    /// What to make.
    package struct Options: Sendable {
        package var directory: String
        package var setting: String
        package var phase: Phase
        package var today: Day
        /// Allow a folder that already holds files (none of them is overwritten).
        package var force = false
        /// The running executable, which the pre-commit hook falls back to when `sspwiki` is not on `PATH`.
        package var tool: String?

        package init(directory: String, setting: String, phase: Phase, today: Day) {
            self.directory = directory
            self.setting = setting
            self.phase = phase
            self.today = today
        }
    }

    /// What `init` did, for the command to print.
    package struct Report: Sendable, Equatable {
        /// Files written, relative to the project folder.
        package var written: [String] = []
        /// Files left as they were because they already existed.
        package var kept: [String] = []
        /// Plain-English notes about the git repository and the hook.
        package var notes: [String] = []
    }

    /// The example plan's id and name (invented).
    package static let examplePlan = (id: "example-pupil", name: "Sam Example")
    /// The content folder's name inside the project folder.
    package static let contentFolder = "content"

    let options: Options
    let theme: Theme
    let git: GitRunner

    package init(_ options: Options, theme: Theme, git: GitRunner = ProcessGitRunner()) {
        self.options = options
        self.theme = theme
        self.git = git
    }

    /// Makes the project, or says why not. Nothing is written when the folder is refused.
    package func run() -> Result<Report, Diagnostic> {
        let directory = options.directory
        if let problem = checkFolder(directory) { return .failure(problem) }
        let setting = options.setting.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !setting.isEmpty else {
            return .failure(
                .error(
                    "the setting needs a name", at: SourceLocation(file: directory),
                    hint: "pass --setting \"Name of the school\""))
        }
        let insideRepository = git.run(["rev-parse", "--is-inside-work-tree"], in: existingAncestor(of: directory), input: nil)
            .succeeded
        var report = Report()
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for (path, text) in try starterFiles(setting: setting) {
                try write(text, to: path, report: &report)
            }
        } catch let problem as Diagnostic {
            return .failure(problem)
        } catch {
            return .failure(
                .error(
                    "\(directory) could not be written: \(error.localizedDescription)", at: SourceLocation(file: directory),
                    hint: "check that the folder is writable"))
        }
        let example = Scaffolder(content: directory + "/" + Self.contentFolder, theme: theme)
        let template: Scaffolder.PlanTemplate = options.phase == .secondary ? .secondary : .primary
        switch example.newPlan(
            id: Self.examplePlan.id, name: Self.examplePlan.name, template: template, stage: .senSupport,
            start: options.today)
        {
        case .success(let path): report.written.append(Self.contentFolder + "/" + path)
        case .failure: report.kept.append(Self.contentFolder + "/plans/\(Self.examplePlan.id).md")
        }
        if insideRepository {
            report.notes.append(
                "the folder is inside a git repository already: no new repository was made and no hook installed"
                    + " (run `sspwiki hooks install --content \(Self.contentFolder)` there to add the check before each commit)")
        } else {
            report.notes += setUpGit(in: directory, setting: setting)
        }
        return .success(report)
    }
}
