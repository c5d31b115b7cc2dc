/// Seconds spent reading history. Git runs while the current content is parsed, so only
/// `waitedForGit` and `parse` add to the time a build takes.
package struct HistoryTimings: Sendable {
    /// Running the git processes and reading their output.
    package var git: Double = 0
    /// How long the build waited for git after parsing the current content.
    package var waitedForGit: Double = 0
    /// Parsing past versions and summarising every revision.
    package var parse: Double = 0

    package init(git: Double = 0, waitedForGit: Double = 0, parse: Double = 0) {
        self.git = git
        self.waitedForGit = waitedForGit
        self.parse = parse
    }

    /// The time reading history added to the build.
    package var added: Double { waitedForGit + parse }
}
