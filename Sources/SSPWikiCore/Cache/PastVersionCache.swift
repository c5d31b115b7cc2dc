import Synchronization

/// Each page's part of the history (its past versions, parsed from git's blobs, and its
/// revisions), kept between the rebuilds of a `BuildSession` with what it was made from, and
/// the history those parts were last put together into. A page whose file, text and changes
/// are as last time keeps its part whole, and the history is patched where pages changed
/// instead of being put together again. A blob never changes, so a page that did change
/// parses again only the versions it has not kept for its path. Nothing is kept across a
/// change of the glossary (which the Markdown parser marks up), and revisions are made again
/// when the names that summaries quote (needs, provisions, plans) change.
package final class PastVersionCache: Sendable {
    /// One page's part of the history, with what it was made from.
    struct Page: Sendable {
        let path: String
        let kind: SourceKind
        /// The page's text and its value (`HistoryParser.Current`) when the part was made.
        let text: String
        let version: PastVersion
        /// Git's changes to the page, newest first.
        let changes: [FileChange]
        /// The versions parsed from the blobs the changes name, but for blobs of the current text.
        let parsed: [String: PastVersion]
        /// The blobs that hold the current text (shown as `version`), sorted.
        let current: [String]
        let revisions: [Revision]

        /// Whether this part is what the page's history would be made of now: same file,
        /// text and changes, and for a plan the very same plan (`ConfidentialMemo` and
        /// `ProgressMemo` know versions by identity).
        func holds(_ file: HistoryParser.Current, changes: [FileChange]) -> Bool {
            guard path == file.path, kind == file.kind, text == file.text else { return false }
            if case .plan(let plan) = version {
                guard case .plan(let now) = file.version, plan.isSame(as: now) else { return false }
            }
            return self.changes == changes
        }

        /// Every version of the page, as the history holds them.
        var versions: [(blob: String, version: PastVersion)] {
            parsed.map { ($0.key, $0.value) } + current.map { ($0, version) }
        }
    }

    /// What one parse may take from the last.
    struct Kept: Sendable {
        /// Each page's part, while the glossary is the same.
        var pages: [PageRef: Page] = [:]
        /// Whether the names are the same too, so kept revisions still hold.
        var sameNames = false
        /// The history the parts were put together into, when the names are the same.
        var history: SiteHistory?
    }

    private struct State {
        var glossary: Set<String> = []
        var names = ChangeSummary.Names()
        var pages: [PageRef: Page] = [:]
        var history: SiteHistory?
        var made = 0
    }

    private let state = Mutex(State())
    /// The current plans as versions of themselves (a past version with the current text is
    /// the current plan), each released of its field locations once, so the very same plan from
    /// one rebuild to the next (`ConfidentialMemo` knows versions by that).
    let currentPlans = ReleasedPlans()

    package init() {}

    /// How many pages' parts the last parse made again (the others were kept whole).
    var lastMade: Int { state.withLock { $0.made } }

    /// What a parse with this glossary and these names may take.
    func kept(glossary: Set<String>, names: ChangeSummary.Names) -> Kept {
        state.withLock { state in
            guard state.glossary == glossary else { return Kept() }
            let sameNames = state.names == names
            return Kept(pages: state.pages, sameNames: sameNames, history: sameNames ? state.history : nil)
        }
    }

    /// Keeps this parse's parts and the history made of them, in place of anything kept before
    /// (pages no longer in the history are forgotten); `made` of the parts were made again.
    func keep(
        _ pages: [PageRef: Page], history: SiteHistory, made: Int, glossary: Set<String>, names: ChangeSummary.Names
    ) {
        state.withLock { $0 = State(glossary: glossary, names: names, pages: pages, history: history, made: made) }
    }
}
