import SSPWikiCore

/// How `sspwiki serve` runs.
package struct DevServerOptions: Sendable {
    /// The content folder to build and watch.
    package var content: String
    /// Theme folders, default theme first (watched too).
    package var themeDirectories: [String]
    /// The address to listen on; loopback unless the user asks otherwise.
    package var host: String = "127.0.0.1"
    /// The port; 0 picks a free one (see `DevServer.port()`).
    package var port: Int = 8080
    /// Whether draft plans are shown too, each bannered as not published (`--drafts`).
    package var drafts = false
    /// Whether the git history is read as `build` reads it (history pages, past versions).
    package var history = true
    /// Who the site is for (`--audience`): `staff` (default) or `leads`.
    package var audience: Audience = .staff
    /// The day builds treat as today; nil means the real day at each rebuild.
    package var today: Day?
    /// How often the content and theme folders are checked for changes.
    package var pollInterval: Duration = .milliseconds(300)
    /// Whether Ctrl-C (SIGINT) and SIGTERM stop the server gracefully.
    package var handlesSignals: Bool = true
    /// Where messages for the terminal go (diagnostics, rebuild times).
    package var log: @Sendable (String) -> Void

    package init(content: String, themeDirectories: [String], log: @escaping @Sendable (String) -> Void) {
        self.content = content
        self.themeDirectories = themeDirectories
        self.log = log
    }
}
