/// One page's revisions: summaries and the page each version is shown on.
extension HistoryParser {
    static func revisions(
        _ ref: PageRef, changes: [FileChange], versions: [VersionKey: PastVersion],
        current: Set<VersionKey>, names: ChangeSummary.Names
    ) -> [Revision] {
        var seen: Set<String> = []
        let ordered = changes.sorted { $0.commit.order < $1.commit.order }.filter { seen.insert($0.commit.hash).inserted }
        // A text that several revisions share (a move, a revert) is shown on one page: that of
        // the oldest revision with the text.
        var owner: [String: Commit] = [:]
        for change in ordered.reversed() where owner[change.blob] == nil { owner[change.blob] = change.commit }
        return ordered.map { change in
            let summary = summary(ref, change: change, versions: versions, names: names)
            var revision = Revision(ref: ref, change: change, summary: summary, versionPath: nil)
            if ref.kind == .plan {
                if current.contains(revision.version) {
                    revision.versionPath = ref.sitePath
                } else if let first = owner[change.blob], Self.hasPlanPage(versions[revision.version]) {
                    revision.versionPath = SitePaths.pastVersion(ofPlan: ref.id, commit: first.shortHash)
                }
            }
            return revision
        }
    }

    /// What one change did, in plain English, with the move when the file was moved.
    static func summary(
        _ ref: PageRef, change: FileChange, versions: [VersionKey: PastVersion],
        names: ChangeSummary.Names
    ) -> ChangeSummary {
        var summary = summarise(ref, change: change, versions: versions, names: names)
        if let oldPath = change.oldPath, oldPath != change.path {
            summary.lines.insert("Moved from \(oldPath) to \(change.path)", at: 0)
        }
        return summary
    }

    /// True for versions shown on a page of their own: plans, and plans that cannot be parsed.
    static func hasPlanPage(_ version: PastVersion?) -> Bool {
        switch version {
        case .plan?, .broken?: return true
        case .page?, nil: return false
        }
    }

    static func summarise(
        _ ref: PageRef, change: FileChange, versions: [VersionKey: PastVersion],
        names: ChangeSummary.Names
    ) -> ChangeSummary {
        let new = versions[VersionKey(ref: ref, blob: change.blob)]
        let old = change.oldBlob.flatMap { versions[VersionKey(ref: ref, blob: $0)] }
        let noun = ref.kind.label
        switch (old, new) {
        case (_, nil):
            return ChangeSummary(lines: ["This version could not be read from git"])
        case (_, .broken(_, let message)?):
            return ChangeSummary(lines: ["The front matter of this version cannot be read. \(message)"])
        case (.broken?, _):
            return ChangeSummary(lines: ["The front matter was mended and can be read again"])
        case (.plan(let before)?, .plan(let after)?):
            return ChangeSummary.plan(from: before, to: after, names: names)
        case (nil, .plan(let after)?) where change.oldBlob == nil:
            return ChangeSummary.plan(from: nil, to: after, names: names)
        case (.page(let title, let document)?, .page(let newTitle, let newDocument)?):
            return ChangeSummary.page(from: (title, document), to: (newTitle, newDocument), noun: noun)
        case (nil, .page(let title, let document)?) where change.oldBlob == nil:
            return ChangeSummary.page(from: nil, to: (title, document), noun: noun)
        default:
            // The file changed kind (moved between folders) or git did not return the old text.
            return ChangeSummary(lines: ["\(noun) changed"])
        }
    }
}
