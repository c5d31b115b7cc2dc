import SSPWikiCore

/// What the server currently shows: the site of the latest build, the errors of that build,
/// the pages those errors take the place of, and a generation number that goes up after every
/// rebuild and is pushed to open pages.
///
/// When every error is in a plan, catalogue entry or page file, only that file's pages show
/// its errors (`brokenPages`) and the rest of `site` is current; otherwise `brokenPages` is
/// empty, `site` is the last site built without errors, and every page shows the errors.
actor SiteState {
    private(set) var site: [String: OutputFile] = [:]
    private(set) var errors: [Diagnostic] = []
    private(set) var brokenPages: [String: [Diagnostic]] = [:]
    private(set) var generation = 0
    private var listeners: [Int: AsyncStream<Int>.Continuation] = [:]
    private var nextListener = 0
    private var closed = false

    /// Takes the result of a rebuild and tells every open page.
    func update(_ rebuild: Rebuild) {
        site = rebuild.site
        errors = rebuild.diagnostics.filter { $0.severity == .error }
        brokenPages = rebuild.brokenPages
        generation += 1
        for listener in listeners.values { listener.yield(generation) }
    }

    /// Generation numbers as they change, until the server stops.
    func subscribe() -> AsyncStream<Int> {
        let (stream, continuation) = AsyncStream.makeStream(of: Int.self, bufferingPolicy: .bufferingNewest(1))
        guard !closed else {
            continuation.finish()
            return stream
        }
        let id = nextListener
        nextListener += 1
        listeners[id] = continuation
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        return stream
    }

    private func remove(_ id: Int) { listeners[id] = nil }

    /// Ends every event stream, so that open connections close and the server can stop.
    func close() {
        closed = true
        for listener in listeners.values { listener.finish() }
        listeners = [:]
    }
}
