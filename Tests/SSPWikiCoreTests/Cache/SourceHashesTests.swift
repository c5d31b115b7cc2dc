import Testing

@testable import SSPWikiCore

/// `SourceHashes` keeps what fingerprints are made from between a session's rebuilds; a kept
/// hash must never stand for something that changed.
@Suite("Hashes kept between rebuilds")
struct SourceHashesTests {
    func revision(_ hash: String, summary: String) -> Revision {
        let commit = Commit(
            hash: hash, author: "Sam Patel", dateISO: "2026-11-01T10:00:00+00:00", message: "Review", isMerge: false,
            order: 0)
        let change = FileChange(
            commit: commit, kind: .modified, path: "plans/amy-khan.md", oldPath: nil, blob: "b-\(hash)", oldBlob: nil)
        return Revision(
            ref: PageRef(.plan, "amy-khan"), change: change, summary: ChangeSummary(lines: [summary]), versionPath: nil)
    }

    @Test("a page's history is hashed again only when its list of revisions or its uncommitted mark is not the same")
    func historyHashedAgainOnlyWhenChanged() {
        let hashes = SourceHashes()
        let ref = PageRef(.plan, "amy-khan")
        var made = 0
        func hash(_ revisions: [Revision], uncommitted: Bool = false) -> String {
            hashes.historyHash(of: ref, revisions: revisions, uncommitted: uncommitted) {
                made += 1
                return "\(revisions.map(\.summary.lines)) \(uncommitted)"
            }
        }
        let list = [revision("c1", summary: "Target T1 marked achieved")]
        #expect(hash(list) == hash(list))
        #expect(made == 1)

        // An equal list of its own (a summary made again) is hashed again; so is a changed one.
        var changed = list
        changed[0].summary = ChangeSummary(lines: ["Target T1 marked partly achieved"])
        #expect(hash(changed) != hash(list))
        #expect(made == 3)
        #expect(hash(list, uncommitted: true) != hash(list))
        #expect(made == 5)

        // A page that is gone is forgotten.
        hashes.keepHistories(only: [])
        _ = hash(list)
        #expect(made == 6)
    }
}
