import Hummingbird
import Logging
import SSPWikiCore
import ServiceLifecycle

/// `sspwiki serve`: builds the site into memory, serves it over HTTP (loopback by default),
/// rebuilds when the content or theme changes (`ContentWatcher`, `BuildSession`) and reloads
/// open pages through server-sent events. A plan, catalogue entry or page with errors shows
/// them (`ErrorPage`) in place of its own pages while the rest of the site keeps working under a
/// banner naming the files; an error that no single page can show (site.yml, the theme) takes
/// the place of every page. It never writes into the content folder or anywhere else.
package final class DevServer: Sendable {
    /// The policy of the server's own pages; the site's pages keep the policy the theme gives
    /// them, which already allows the reload script and its event stream (both `'self'`).
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'"

    /// The tag added to every served HTML page; `g` is the build the page came from.
    static func reloadTag(generation: Int) -> String {
        "<script src=\"/__sspwiki/reload.js?g=\(generation)\"></script>"
    }

    let options: DevServerOptions
    let session: BuildSession
    let state = SiteState()
    let assets: DevAssets
    private let control = ServerControl()

    package init(options: DevServerOptions) {
        self.options = options
        session = BuildSession(
            content: options.content, themeDirectories: options.themeDirectories, drafts: options.drafts,
            history: options.history ? HistoryLoader() : nil, audience: options.audience,
            lazyLists: true)
        assets = DevAssets.load(themeDirectories: options.themeDirectories)
    }

    /// Builds, then serves and watches until Ctrl-C (when `handlesSignals`) or `stop()`.
    package func run() async throws {
        await ContentWatcher.rebuild(session: session, state: state, options: options)
        let router = Router()
        addRoutes(to: router)
        var logger = Logger(label: "sspwiki.serve")
        logger.logLevel = .warning
        let control = self.control
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: nil),
            onServerRunning: { channel in await control.started(port: channel.localAddress?.port ?? 0) },
            logger: logger)
        let watcher = ContentWatcher(
            folders: [options.content] + options.themeDirectories, session: session, state: state,
            options: options)
        // The watcher is listed last so it stops first: it ends the event streams, and then the
        // HTTP server has no open request left to wait for.
        let group = ServiceGroup(
            configuration: .init(
                services: [app, watcher],
                gracefulShutdownSignals: options.handlesSignals ? [.sigint, .sigterm] : [],
                logger: logger))
        await control.attach(group)
        do {
            try await group.run()
        } catch {
            await control.failed()
            throw error
        }
        await control.failed()
    }

    /// The port the server listens on, once it does (nil if it could not start).
    package func port() async -> Int? { await control.waitForPort() }

    /// Stops the server as Ctrl-C does.
    package func stop() async { await control.stop() }
}

/// Hands the bound port to whoever waits for it, and the service group to `stop()`.
actor ServerControl {
    private var port: Int?
    private var ended = false
    private var waiters: [CheckedContinuation<Int?, Never>] = []
    private var group: ServiceGroup?
    private var stopRequested = false

    func started(port: Int) {
        self.port = port
        for waiter in waiters { waiter.resume(returning: port) }
        waiters = []
    }

    func failed() {
        ended = true
        for waiter in waiters { waiter.resume(returning: nil) }
        waiters = []
    }

    func waitForPort() async -> Int? {
        if let port { return port }
        if ended { return nil }
        return await withCheckedContinuation { waiters.append($0) }
    }

    func attach(_ group: ServiceGroup) async {
        self.group = group
        if stopRequested { await group.triggerGracefulShutdown() }
    }

    func stop() async {
        stopRequested = true
        await group?.triggerGracefulShutdown()
    }
}
