/// Seconds spent reading history. Git runs while the current content is parsed, so only
/// `waitedForGit` and `parse` add to the time a build takes.
public struct HistoryTimings: Sendable {
    /// Running the git processes and reading their output.
    public var git: Double = 0
    /// How long the build waited for git after parsing the current content.
    public var waitedForGit: Double = 0
    /// Parsing past versions and summarising every revision.
    public var parse: Double = 0

    public init(git: Double = 0, waitedForGit: Double = 0, parse: Double = 0) {
        self.git = git
        self.waitedForGit = waitedForGit
        self.parse = parse
    }

    /// The time reading history added to the build.
    public var added: Double { waitedForGit + parse }
}
