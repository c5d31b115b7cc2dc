/// A version of a content file as it stood after a commit, parsed with the same code as the
/// current file.
public enum PastVersion: Sendable {
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
public struct VersionKey: Hashable, Sendable {
    public let ref: PageRef
    public let blob: String
}

/// One change to one page, with what it changed.
public struct Revision: Sendable {
    public let ref: PageRef
    public let change: FileChange
    public var summary: ChangeSummary
    /// Site path of the page that shows this version: the current page when it is the
    /// current text, otherwise `plans/<id>/rev/<hash>.html` of the oldest revision with the
    /// same text (versions are rendered once). Nil for pages other than plans.
    public var versionPath: String?

    public var commit: Commit { change.commit }
    public var version: VersionKey { VersionKey(ref: ref, blob: change.blob) }
    public var previous: VersionKey? { change.oldBlob.map { VersionKey(ref: ref, blob: $0) } }
}

/// The change history of the published site, built once per build from `LoadedHistory`.
public struct SiteHistory: Sendable {
    /// How many revisions `changes.html` lists.
    public static let recentLimit = 200

    /// False when no history could be read; pages then show none.
    public var available = false
    /// Every revision of each published page, newest first.
    public var revisions: [PageRef: [Revision]] = [:]
    /// Parsed past versions.
    public var versions: [VersionKey: PastVersion] = [:]
    /// Published pages whose working copy differs from the last commit (or was never committed).
    public var uncommitted: Set<PageRef> = []
    /// The newest revisions across all published pages, newest first.
    public var recent: [Revision] = []
    public var timings = HistoryTimings()

    public init() {}

    /// The newest `recentLimit` revisions across all pages, newest first.
    static func newest(_ revisions: [PageRef: [Revision]]) -> [Revision] {
        Array(revisions.values.flatMap { $0 }.sorted {
            ($0.commit.order, $0.ref) < ($1.commit.order, $1.ref)
        }.prefix(recentLimit))
    }

    /// Plan revisions whose version gets its own page: one per distinct past text.
    public var pastVersionPages: [Revision] {
        revisions.values.flatMap { $0 }.filter { revision in
            guard let path = revision.versionPath else { return false }
            return path.hasSuffix("/rev/\(revision.commit.shortHash).html")
        }
    }
}
