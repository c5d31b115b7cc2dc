import Dispatch
import SSPWikiCore
import ServiceLifecycle

/// Watches the content and theme folders and rebuilds after a change: the change must have
/// settled (no further change for one short interval) and only one rebuild runs at a time.
/// The kernel's change events (`FolderEvents`) wake it at once; the poll stays, for folders
/// whose changes the kernel does not report. On shutdown it closes the reload streams so that
/// the server can stop.
struct ContentWatcher: Service {
    let folders: [String]
    let session: BuildSession
    let state: SiteState
    let options: DevServerOptions

    func run() async throws {
        do {
            try await cancelWhenGracefulShutdown {
                let events = FolderEvents()
                var last = TreeSnapshot.take(folders)
                events.watch(last.directories)
                while true {
                    let notified = await events.wait(upTo: options.pollInterval)
                    try Task.checkCancellation()
                    // The kernel reports every write: once it has been quiet for a moment the
                    // editor has finished, and one look at the folders is enough.
                    let quiet = notified ? await Self.settled(events) : false
                    try Task.checkCancellation()
                    var now = TreeSnapshot.take(folders)
                    // A new folder is watched at once, before a plan is saved into it.
                    events.watch(now.directories)
                    guard now != last else { continue }
                    if !quiet {
                        // Without events, wait until two looks agree: the editor has finished
                        // writing (save-by-rename, several files).
                        repeat {
                            last = now
                            try await Self.settle(events)
                            now = TreeSnapshot.take(folders)
                        } while now != last
                        events.watch(now.directories)
                    }
                    last = now
                    await Self.rebuild(session: session, state: state, options: options, stats: now.stats(of: options.content))
                }
            }
        } catch is CancellationError {
            // Graceful shutdown: fall through and close the streams.
        }
        await state.close()
    }

    /// Until the folders are quiet: no event for 30 ms where the kernel reports them (an
    /// editor's save is a burst of events within a few milliseconds), else a fixed 80 ms.
    private static func settle(_ events: FolderEvents) async throws {
        if events.isActive {
            await settled(events)
            try Task.checkCancellation()
        } else {
            try await Task.sleep(for: .milliseconds(80))
        }
    }

    /// Waits for 30 ms without events (at most a second); true when they stopped.
    @discardableResult
    private static func settled(_ events: FolderEvents) async -> Bool {
        await events.settle(quiet: .milliseconds(30), limit: .seconds(1))
    }

    /// Runs one rebuild on a thread outside Swift's cooperative pool (it is CPU-bound), then
    /// updates what the server shows and tells the terminal. `stats` are the content files'
    /// stats from the snapshot that saw the change, so the loader does not stat them again.
    static func rebuild(
        session: BuildSession, state: SiteState, options: DevServerOptions, stats: [String: FileStat]? = nil
    ) async {
        let result = await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(returning: session.rebuild(today: options.today ?? .today(), stats: stats))
            }
        }
        await state.update(result)
        let formatter = DiagnosticFormatter(contentPrefix: options.content)
        if !result.succeeded && result.brokenPages.isEmpty {
            options.log(
                formatter.format(all: result.diagnostics) + "\nthe browser shows these errors on every page until they are fixed")
        } else if !result.succeeded {
            let pages = result.brokenPages.count == 1 ? "1 page shows" : "\(result.brokenPages.count) pages show"
            options.log(
                formatter.format(all: result.diagnostics)
                    + "\n\(pages) these errors until they are fixed; the other \(result.pages) pages are up to date")
        } else {
            let warnings = result.diagnostics.filter { $0.severity == .warning }.count
            options.log(
                String(
                    format: "rebuilt %d of %d pages (parsed %d files) in %.0f ms%@", result.rendered, result.pages,
                    result.parsed, result.seconds * 1000, warnings > 0 ? ", \(warnings) warnings (sspwiki check lists them)" : "")
            )
        }
    }
}
