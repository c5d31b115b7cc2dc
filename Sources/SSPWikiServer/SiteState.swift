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
    /// Pages of `site` not rendered yet, and whether the search index waits too: the session
    /// renders them when they are asked for (`BuildSession.file(at:)`).
    private(set) var pending: Set<String> = []
    private(set) var searchPending = false
    private var listeners: [Int: AsyncStream<Event>.Continuation] = [:]
    private var nextListener = 0
    private var closed = false

    /// Takes the result of a rebuild and tells every open page.
    func update(_ rebuild: Rebuild) {
        site = rebuild.site
        errors = rebuild.diagnostics.filter { $0.severity == .error }
        brokenPages = rebuild.brokenPages
        pending = rebuild.pending
        searchPending = rebuild.searchPending
        generation += 1
        for listener in listeners.values { listener.yield(.build(generation)) }
    }

    /// Whether the file at `path` must be asked of the session, which renders it first.
    func waits(_ path: String) -> Bool {
        pending.contains(path) || (searchPending && path.hasPrefix("search/"))
    }

    /// What an event stream is told.
    enum Event: Sendable, Equatable {
        /// A new build: open pages reload.
        case build(Int)
        /// Nothing new. Writing it is how a stream whose browser has gone finds out at once
        /// (the write fails) and gives its connection back, instead of at the next rebuild.
        case heartbeat
    }

    /// Builds as they happen, with a heartbeat every `heartbeat`, until the server stops.
    func subscribe(heartbeat: Duration = .seconds(1)) -> AsyncStream<Event> {
        let (stream, continuation) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .bufferingNewest(2))
        guard !closed else {
            continuation.finish()
            return stream
        }
        let id = nextListener
        nextListener += 1
        listeners[id] = continuation
        let ticker = Task {
            while !Task.isCancelled {
                try await Task.sleep(for: heartbeat)
                continuation.yield(.heartbeat)
            }
        }
        continuation.onTermination = { _ in
            ticker.cancel()
            Task { await self.remove(id) }
        }
        return stream
    }

    /// How many event streams are open.
    var listenerCount: Int { listeners.count }

    private func remove(_ id: Int) { listeners[id] = nil }

    /// Ends every event stream, so that open connections close and the server can stop.
    func close() {
        closed = true
        for listener in listeners.values { listener.finish() }
        listeners = [:]
    }
}
