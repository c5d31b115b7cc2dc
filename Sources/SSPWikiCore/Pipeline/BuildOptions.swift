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

    public init(content: String = "content", output: String = "site", themeDirectories: [String], today: Day = .today()) {
        self.content = content
        self.output = output
        self.themeDirectories = themeDirectories
        self.today = today
    }
}

/// What a build or check did.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic] = []
    /// Number of files written (0 when nothing was written).
    public var filesWritten: Int = 0
    public var pagesWritten: Int = 0
    public var plans: Int = 0
    /// True when the site already matched the content and nothing was rebuilt.
    public var upToDate: Bool = false

    /// True when there are no errors.
    public var succeeded: Bool { !diagnostics.hasErrors }
}
