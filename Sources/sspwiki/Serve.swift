import ArgumentParser
import Foundation
import SSPWikiCore
import SSPWikiServer

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the site while you write: rebuilds and reloads the browser on every save.",
        discussion: """
            The site is built in memory (nothing is written, least of all into the content folder) \
            and served on loopback only unless --host says otherwise. It reads the git history as \
            build does. A plan or page with errors shows them in its own place while every other \
            page keeps working under a banner; an error in site.yml or the theme shows on every \
            page. Stop with Ctrl-C.
            """)

    @OptionGroup var common: CommonOptions

    @Option(help: "The port to listen on (0 picks a free one).")
    var port: Int = 8080

    @Option(help: "The address to listen on. Keep 127.0.0.1: plans hold special-category data about children.")
    var host: String = "127.0.0.1"

    @Option(help: "A theme folder whose files replace the default theme's files of the same name.")
    var theme: String?

    @ArgumentParser.Flag(help: "Show draft plans too, each bannered 'Draft: not published' (a build never includes them).")
    var drafts = false

    @ArgumentParser.Flag(
        name: .customLong("no-history"), help: "Do not read the git history (no history pages or past versions).")
    var noHistory = false

    @Option(help: "Who the site is for: staff (default; nothing confidential) or leads (everything).")
    var audience: Audience = .staff

    func run() async throws {
        let content = common.content
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure(
                message: "the content folder '\(content)' was not found",
                hint: "pass --content DIR, or run sspwiki init to make a new one", status: ExitStatus.contentErrors)
        }
        var options = DevServerOptions(content: content, themeDirectories: try common.themeDirectories(override: theme)) { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        options.host = host
        options.drafts = drafts
        options.history = !noHistory
        options.audience = audience
        options.port = port
        if common.today != nil { options.today = try common.day() }
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            options.log("warning: serving on \(host): anyone who can reach this machine on port \(port) can read the plans")
        }
        let server = DevServer(options: options)
        let log = options.log
        let shown = host.contains(":") ? "[\(host)]" : host
        Task {
            guard let bound = await server.port() else { return }
            log("serving \(content) at http://\(shown):\(bound)/ (Ctrl-C to stop)")
        }
        do {
            try await server.run()
        } catch {
            throw CommandFailure(
                message: "the server could not start on \(host):\(port): \(error)",
                hint: "is another server using the port? pass --port with another number, or --port 0 for a free one")
        }
        log("stopped")
    }
}
