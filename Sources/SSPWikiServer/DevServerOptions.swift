import SSPWikiCore

/// How `sspwiki serve` runs.
public struct DevServerOptions: Sendable {
    /// The content folder to build and watch.
    public var content: String
    /// Theme folders, default theme first (watched too).
    public var themeDirectories: [String]
    /// The address to listen on; loopback unless the user asks otherwise.
    public var host: String = "127.0.0.1"
    /// The port; 0 picks a free one (see `DevServer.port()`).
    public var port: Int = 8080
    /// Whether draft plans are shown too, each bannered as not published (`--drafts`).
    public var drafts = false
    /// Whether the git history is read as `build` reads it (history pages, past versions).
    public var history = true
    /// Who the site is for (`--audience`): `staff` (default) or `leads`.
    public var audience: Audience = .staff
    /// The day builds treat as today; nil means the real day at each rebuild.
    public var today: Day?
    /// How often the content and theme folders are checked for changes.
    public var pollInterval: Duration = .milliseconds(300)
    /// Whether Ctrl-C (SIGINT) and SIGTERM stop the server gracefully.
    public var handlesSignals: Bool = true
    /// Where messages for the terminal go (diagnostics, rebuild times).
    public var log: @Sendable (String) -> Void

    public init(content: String, themeDirectories: [String], log: @escaping @Sendable (String) -> Void) {
        self.content = content
        self.themeDirectories = themeDirectories
        self.log = log
    }
}
