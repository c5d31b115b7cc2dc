/// What to build and how.
public struct BuildOptions: Sendable {
    /// The content folder (default `content`).
    public var content: String
    /// The output folder (default `site`).
    public var output: String
    /// Theme folders, default theme first; later folders override earlier ones file by file.
    public var themeDirectories: [String]
    /// The day the build treats as today (reviews overdue, due soon).
    public var today: Day
    /// Read the git history and build history pages (`--no-history` turns this off).
    public var history: Bool
    /// Runs git for the history stage; tests pass one that counts processes.
    public var gitRunner: any GitRunner
    /// Use the build cache: stop early when nothing changed, and keep the pages of the
    /// previous site whose inputs did not change (`--no-cache` turns this off).
    public var reusePages = true
    /// Who the site is for: `staff` (the default) never holds anything confidential.
    public var audience: Audience = .staff

    public init(content: String = "content", output: String = "site", themeDirectories: [String], today: Day = .today(),
                history: Bool = true, gitRunner: any GitRunner = ProcessGitRunner()) {
        self.content = content
        self.output = output
        self.themeDirectories = themeDirectories
        self.today = today
        self.history = history
        self.gitRunner = gitRunner
    }
}

/// What a build or check did.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic] = []
    /// Number of files written (0 when nothing was written).
    public var filesWritten: Int = 0
    public var pagesWritten: Int = 0
    /// Pages kept from the previous site because nothing they are made from changed.
    public var pagesKept: Int = 0
    /// Site paths of the pages rendered by this build.
    public var pagesRendered: [String] = []
    public var plans: Int = 0
    /// True when the site already matched the content and nothing was rebuilt.
    public var upToDate: Bool = false
    /// How long reading the git history took, when it was read.
    public var historyTimings: HistoryTimings?

    /// True when the build failed because of its surroundings, not the content: the theme
    /// could not be loaded, or the output folder could not be replaced or written.
    public var environmentFailed = false

    /// True when there are no errors.
    public var succeeded: Bool { !diagnostics.hasErrors }
}
