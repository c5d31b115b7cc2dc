import Synchronization

/// Past versions parsed from git blobs, and each page's revisions, kept between the rebuilds of
/// a `BuildSession`. A blob never changes, so a version is parsed again only when the path or
/// kind it is read as, or the glossary (which the Markdown parser marks up), is not the one it
/// was parsed with; a page's revisions are made again only when what they are made from changed
/// (`Revisions.matches`).
package final class PastVersionCache: Sendable {
    struct Key: Hashable {
        let blob: String
        let path: String
        let kind: SourceKind
    }

    /// One page's revisions, with what they were made from besides the kept versions: the
    /// page's file, git's changes to it, and which of their texts is the file's text now.
    struct Revisions: Sendable {
        let path: String
        let changes: [FileChange]
        let current: [String]
        let revisions: [Revision]

        /// Whether revisions made now from these inputs would be these.
        func matches(path: String, changes: [FileChange], current: [String]) -> Bool {
            self.path == path && self.current == current && self.changes == changes
        }
    }

    private struct State {
        var glossary: Set<String> = []
        var versions: [Key: PastVersion] = [:]
        var names = ChangeSummary.Names()
        var revisions: [PageRef: Revisions] = [:]
    }

    private let state = Mutex(State())
    /// The current plans as versions of themselves (a past version with the current text is
    /// the current plan), each released of its field locations once, so the very same plan from
    /// one rebuild to the next (`ConfidentialMemo` knows versions by that).
    let currentPlans = ReleasedPlans()

    package init() {}

    /// The versions kept for `glossary`; an empty table when the glossary changed.
    func versions(glossary: Set<String>) -> [Key: PastVersion] {
        state.withLock { $0.glossary == glossary ? $0.versions : [:] }
    }

    /// Keeps this parse's versions (versions no longer in the history are forgotten).
    func keep(_ versions: [Key: PastVersion], glossary: Set<String>) {
        state.withLock {
            if $0.glossary != glossary { $0.revisions = [:] }
            $0.glossary = glossary
            $0.versions = versions
        }
    }

    /// The revisions kept for this glossary and these names (summaries quote need, provision
    /// and plan names); an empty table when either changed.
    func revisions(glossary: Set<String>, names: ChangeSummary.Names) -> [PageRef: Revisions] {
        state.withLock { $0.glossary == glossary && $0.names == names ? $0.revisions : [:] }
    }

    /// Keeps this parse's revisions, made with `names` (pages no longer in the history are forgotten).
    func keep(_ revisions: [PageRef: Revisions], names: ChangeSummary.Names) {
        state.withLock {
            $0.names = names
            $0.revisions = revisions
        }
    }
}
