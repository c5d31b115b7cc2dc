/// Each page's part of the history (its versions and revisions), and the history put
/// together from the parts.
extension HistoryParser {
    /// Git's changes to each published page. A file is found by its path now; a plan that git
    /// cannot follow is found by its id.
    static func changes(_ files: [String: [FileChange]], of current: [Current]) -> [PageRef: [FileChange]] {
        let byPath = Dictionary(current.map { ($0.path, $0.ref) }, uniquingKeysWith: { a, _ in a })
        let planByID = Dictionary(
            current.lazy.filter { $0.ref.kind == .plan }.map { ($0.ref.id, $0.ref) }, uniquingKeysWith: { a, _ in a })
        var changes: [PageRef: [FileChange]] = [:]
        changes.reserveCapacity(files.count)
        for (key, fileChanges) in files {
            guard let owner = byPath[key] ?? planOwner(fileChanges.first?.path ?? key, planByID) else { continue }
            // A page with one file shares git's list, so comparing it with the kept one is instant.
            if let earlier = changes[owner] {
                changes[owner] = earlier + fileChanges
            } else {
                changes[owner] = fileChanges
            }
        }
        return changes
    }

    /// The plan a file git cannot follow to a published path belongs to, by its newest path's id.
    private static func planOwner(_ newest: String, _ planByID: [String: PageRef]) -> PageRef? {
        guard ContentLoader.kind(of: newest) == .plan else { return nil }
        return planByID[SourceFile(path: newest, kind: .plan, text: "").id]
    }

    /// The part of `file`'s page: every version its changes name, and its revisions. Versions
    /// and revisions are taken from `kept` while what they were made from is the same.
    static func page(
        _ file: Current, changes: [FileChange], blobs: [String: [UInt8]], kept: PastVersionCache.Kept,
        names: ChangeSummary.Names, markdown: MarkdownParser
    ) -> PastVersionCache.Page {
        let old = kept.pages[file.ref].flatMap { $0.path == file.path && $0.kind == file.kind ? $0 : nil }
        var versions: [VersionKey: PastVersion] = [:]
        var parsed: [String: PastVersion] = [:]
        var current: Set<VersionKey> = []
        for change in changes {
            for blob in change.blobs {
                let key = VersionKey(ref: file.ref, blob: blob)
                guard versions[key] == nil, let bytes = blobs[blob] else { continue }
                if file.text.hasUTF8(bytes) {
                    current.insert(key)
                    versions[key] = file.version
                } else {
                    let version = old?.parsed[blob] ?? Self.version(bytes, path: file.path, kind: file.kind, markdown: markdown)
                    parsed[blob] = version
                    versions[key] = version
                }
            }
        }
        let currentBlobs = current.map(\.blob).sorted()
        // Revisions depend on the versions only through which blob holds the current text.
        let revisions =
            if kept.sameNames, let old, old.current == currentBlobs, old.changes == changes {
                old.revisions
            } else {
                Self.revisions(file.ref, changes: changes, versions: versions, current: current, names: names)
            }
        return PastVersionCache.Page(
            path: file.path, kind: file.kind, text: file.text, version: file.version, changes: changes,
            parsed: parsed, current: currentBlobs, revisions: revisions)
    }

    /// Puts the parts of `pages` into `history`. With the history `kept` was put together
    /// into, only the parts `remade` (and the pages gone since) are taken out and put in again.
    static func assemble(
        _ history: inout SiteHistory, pages: [PageRef: PastVersionCache.Page], remade: [PageRef: PastVersionCache.Page],
        kept: PastVersionCache.Kept
    ) {
        var changed = true
        var put = pages
        if let last = kept.history {
            history.versions = last.versions
            history.revisions = last.revisions
            let added = remade.keys.count { kept.pages[$0] == nil }
            changed = added > 0
            // Kept pages are gone only when fewer of them are left than were kept.
            let gone = pages.count - added < kept.pages.count
            let taken = gone ? kept.pages.keys.filter { pages[$0] == nil || remade[$0] != nil } : Array(remade.keys)
            for ref in taken {
                guard let old = kept.pages[ref] else { continue }
                for (blob, _) in old.versions { history.versions[VersionKey(ref: ref, blob: blob)] = nil }
                history.revisions[ref] = nil
                changed = changed || !(remade[ref]?.revisions.sharesStorage(with: old.revisions) ?? false)
            }
            put = remade
        } else {
            history.versions.reserveCapacity(pages.values.reduce(0) { $0 + $1.parsed.count + $1.current.count })
        }
        for (ref, page) in put {
            for (blob, version) in page.versions { history.versions[VersionKey(ref: ref, blob: blob)] = version }
            history.revisions[ref] = page.revisions
        }
        history.recent = changed ? SiteHistory.newest(history.revisions) : kept.history?.recent ?? []
    }
}
