/// What to build and how.
package struct BuildOptions: Sendable {
    /// The content folder (default `content`).
    package var content: String
    /// The output folder (default `site`).
    package var output: String
    /// Theme folders, default theme first; later folders override earlier ones file by file.
    package var themeDirectories: [String]
    /// The day the build treats as today (reviews overdue, due soon).
    package var today: Day
    /// Read the git history and build history pages (`--no-history` turns this off).
    package var history: Bool
    /// Runs git for the history stage; tests pass one that counts processes.
    package var gitRunner: any GitRunner
    /// Use the build cache: stop early when nothing changed, and keep the pages of the
    /// previous site whose inputs did not change (`--no-cache` turns this off).
    package var reusePages = true
    /// Who the site is for: `staff` (the default) never holds anything confidential.
    package var audience: Audience = .staff

    package init(
        content: String = "content", output: String = "site", themeDirectories: [String], today: Day = .today(),
        history: Bool = true, gitRunner: any GitRunner = ProcessGitRunner()
    ) {
        self.content = content
        self.output = output
        self.themeDirectories = themeDirectories
        self.today = today
        self.history = history
        self.gitRunner = gitRunner
    }
}

/// What a build or check did.
package struct BuildReport: Sendable {
    package var diagnostics: [Diagnostic] = []
    /// Number of files written (0 when nothing was written).
    package var filesWritten: Int = 0
    package var pagesWritten: Int = 0
    /// Pages kept from the previous site because nothing they are made from changed.
    package var pagesKept: Int = 0
    /// Site paths of the pages rendered by this build.
    package var pagesRendered: [String] = []
    package var plans: Int = 0
    /// True when the site already matched the content and nothing was rebuilt.
    package var upToDate: Bool = false
    /// How long reading the git history took, when it was read.
    package var historyTimings: HistoryTimings?

    /// True when the build failed because of its surroundings, not the content: the theme
    /// could not be loaded, or the output folder could not be replaced or written.
    package var environmentFailed = false

    /// True when there are no errors.
    package var succeeded: Bool { !diagnostics.hasErrors }
}
