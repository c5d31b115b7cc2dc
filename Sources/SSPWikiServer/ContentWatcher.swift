import Dispatch
import SSPWikiCore
import ServiceLifecycle

/// Polls the content and theme folders and rebuilds after a change: the change must have
/// settled (no further change for one short interval) and only one rebuild runs at a time.
/// On shutdown it closes the reload streams so that the server can stop.
struct ContentWatcher: Service {
    let folders: [String]
    let session: BuildSession
    let state: SiteState
    let options: DevServerOptions

    func run() async throws {
        do {
            try await cancelWhenGracefulShutdown {
                var last = TreeSnapshot.take(folders)
                while true {
                    try await Task.sleep(for: options.pollInterval)
                    var now = TreeSnapshot.take(folders)
                    guard now != last else { continue }
                    // Wait for the editor to finish writing (save-by-rename, several files).
                    repeat {
                        last = now
                        try await Task.sleep(for: .milliseconds(80))
                        now = TreeSnapshot.take(folders)
                    } while now != last
                    await Self.rebuild(session: session, state: state, options: options)
                }
            }
        } catch is CancellationError {
            // Graceful shutdown: fall through and close the streams.
        }
        await state.close()
    }

    /// Runs one rebuild on a thread outside Swift's cooperative pool (it is CPU-bound), then
    /// updates what the server shows and tells the terminal.
    static func rebuild(session: BuildSession, state: SiteState, options: DevServerOptions) async {
        let result = await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(returning: session.rebuild(today: options.today ?? .today()))
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
