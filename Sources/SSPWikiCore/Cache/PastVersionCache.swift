import Synchronization

/// Past versions parsed from git blobs, kept between the rebuilds of a `BuildSession`. A blob
/// never changes, so a version is parsed again only when the path or kind it is read as, or the
/// glossary (which the Markdown parser marks up), is not the one it was parsed with.
package final class PastVersionCache: Sendable {
    struct Key: Hashable {
        let blob: String
        let path: String
        let kind: SourceKind
    }

    private struct State {
        var glossary: Set<String> = []
        var versions: [Key: PastVersion] = [:]
    }

    private let state = Mutex(State())

    package init() {}

    /// The versions kept for `glossary`; an empty table when the glossary changed.
    func versions(glossary: Set<String>) -> [Key: PastVersion] {
        state.withLock { $0.glossary == glossary ? $0.versions : [:] }
    }

    /// Keeps this parse's versions (versions no longer in the history are forgotten).
    func keep(_ versions: [Key: PastVersion], glossary: Set<String>) {
        state.withLock { $0 = State(glossary: glossary, versions: versions) }
    }
}
