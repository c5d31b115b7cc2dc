/// A version of a content file as it stood after a commit, parsed with the same code as the
/// current file.
package indirect enum PastVersion: Sendable {
    case plan(Plan)
    /// An INDES section, PEaSS entry or page: its title and body.
    case page(title: String, document: MarkdownDocument)
    /// Front matter that no longer parses: the text as stored and the first error.
    case broken(text: String, message: String)

    /// The Markdown body, or the whole text when the version cannot be parsed, for diffs.
    var diffText: String {
        switch self {
        case .plan(let plan): return plan.body
        case .page(_, let document): return document.plainText
        case .broken(let text, _): return text
        }
    }
}

/// Names one version of one page: the page and the blob that holds its text.
package struct VersionKey: Hashable, Sendable {
    package let ref: PageRef
    package let blob: String
}

/// One change to one page, with what it changed.
package struct Revision: Sendable {
    package let ref: PageRef
    package let change: FileChange
    package var summary: ChangeSummary
    /// Site path of the page that shows this version: the current page when it is the
    /// current text, otherwise `plans/<id>/rev/<hash>.html` of the oldest revision with the
    /// same text (versions are rendered once). Nil for pages other than plans.
    package var versionPath: String?

    package var commit: Commit { change.commit }
    /// Whether this revision's version is shown on a page of its own: that of the oldest
    /// revision with its text, which is not the current text.
    var hasVersionPage: Bool {
        guard let path = versionPath else { return false }
        return path.hasSuffix("/rev/\(commit.shortHash).html")
    }
    package var version: VersionKey { VersionKey(ref: ref, blob: change.blob) }
    package var previous: VersionKey? { change.oldBlob.map { VersionKey(ref: ref, blob: $0) } }
}

/// The change history of the published site, built once per build from `LoadedHistory`.
package struct SiteHistory: Sendable {
    /// How many revisions `changes.html` lists.
    package static let recentLimit = 200

    /// False when no history could be read; pages then show none.
    package var available = false
    /// Every revision of each published page, newest first.
    package var revisions: [PageRef: [Revision]] = [:]
    /// Parsed past versions.
    package var versions: [VersionKey: PastVersion] = [:]
    /// Published pages whose working copy differs from the last commit (or was never committed).
    package var uncommitted: Set<PageRef> = []
    /// The newest revisions across all published pages, newest first.
    package var recent: [Revision] = []
    package var timings = HistoryTimings()

    package init() {}

    /// The newest `recentLimit` revisions across all pages, newest first.
    static func newest(_ revisions: [PageRef: [Revision]]) -> [Revision] {
        // Only revisions of the newest commits can be among the first `recentLimit`: the
        // revisions per commit give the oldest commit needed, and only those are sorted.
        var perCommit: [Int: Int] = [:]
        for list in revisions.values {
            for revision in list { perCommit[revision.commit.order, default: 0] += 1 }
        }
        var oldest = Int.max
        var total = 0
        for (order, count) in perCommit.sorted(by: { $0.key < $1.key }) {
            total += count
            if total >= recentLimit {
                oldest = order
                break
            }
        }
        return Array(
            revisions.values.flatMap { $0.filter { $0.commit.order <= oldest } }.sorted {
                ($0.commit.order, $0.ref) < ($1.commit.order, $1.ref)
            }.prefix(recentLimit))
    }

    /// What the school-wide pages show of the history that no content file holds: the newest
    /// commit and which pages have changes not yet committed. Committing an edited plan changes
    /// no file, yet it changes `changes.html` (`BuildSession` adds this to every fingerprint).
    package var state: String {
        guard available else { return "no history" }
        let uncommitted = uncommitted.sorted().map { "\($0.kind.rawValue)/\($0.id)" }
        return "history \(recent.first?.commit.hash ?? "none"), uncommitted \(uncommitted.joined(separator: " "))"
    }

    /// Plan revisions whose version gets its own page: one per distinct past text.
    package var pastVersionPages: [Revision] {
        // In the order of the pages, not of the table: `BuildSession` updates its tables in
        // place only while a rebuild's jobs come in the order of the last one's.
        var pages: [Revision] = []
        for ref in revisions.keys.sorted() {
            for revision in revisions[ref] ?? [] where revision.hasVersionPage { pages.append(revision) }
        }
        return pages
    }

    /// The versions `pastVersionPages` shows, for work that needs no order (linking).
    var pastVersionsWithPages: Set<VersionKey> {
        var versions: Set<VersionKey> = []
        for list in revisions.values {
            for revision in list where revision.hasVersionPage { versions.insert(revision.version) }
        }
        return versions
    }
}
