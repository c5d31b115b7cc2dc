import Testing

@testable import SSPWikiCore

@Suite("History: the site's newest revisions")
struct SiteHistoryTests {
    /// A revision of `plan` in the commit at `order` (0 is the newest commit).
    func revision(_ plan: String, order: Int) -> Revision {
        let commit = Commit(
            hash: "c\(order)", author: "Sam Patel", dateISO: "2026-11-01T10:00:00+00:00", message: "Commit \(order)",
            isMerge: false, order: order)
        let change = FileChange(
            commit: commit, kind: .modified, path: "plans/\(plan).md", oldPath: nil, blob: "\(plan)-\(order)",
            oldBlob: nil)
        return Revision(ref: PageRef(.plan, plan), change: change, summary: ChangeSummary(lines: []), versionPath: nil)
    }

    /// Every revision sorted by commit (newest first), then page: what `changes.html` lists the start of.
    func sortedAll(_ revisions: [PageRef: [Revision]]) -> [String] {
        revisions.values.flatMap { $0 }.sorted { ($0.commit.order, $0.ref) < ($1.commit.order, $1.ref) }
            .map { "\($0.commit.order) \($0.ref.id)" }
    }

    @Test("the newest revisions are the start of all of them in order, however the commits are shared out")
    func newestIsTheStartOfAll() {
        // A large first commit, commits touching one plan each, and a commit touching half the plans.
        let shapes: [[Int: [Int]]] = [
            [0: Array(0..<300), 1: [3], 2: [4], 3: Array(0..<150)],
            [0: [1], 1: [2], 2: Array(0..<250), 3: Array(0..<250)],
            [0: Array(0..<20), 1: Array(20..<60)],
            [:],
        ]
        for shape in shapes {
            var revisions: [PageRef: [Revision]] = [:]
            for (order, plans) in shape {
                for plan in plans {
                    let id = "plan-\(String(plan).count)-\(plan)"
                    revisions[PageRef(.plan, id), default: []].append(revision(id, order: order))
                }
            }
            let newest = SiteHistory.newest(revisions).map { "\($0.commit.order) \($0.ref.id)" }
            #expect(newest == Array(sortedAll(revisions).prefix(SiteHistory.recentLimit)), "\(shape.keys.sorted())")
        }
    }

    @Test("past version pages come in the order of their plans, whatever order the table was filled in")
    func pastVersionPagesComeInPlanOrder() {
        let ids = (0..<60).map { String(format: "plan-%02d", $0) }
        var first = SiteHistory()
        var second = SiteHistory()
        for (order, id) in ids.enumerated() {
            var past = revision(id, order: order)
            past.versionPath = "plans/\(id)/rev/\(past.commit.shortHash).html"
            first.revisions[past.ref] = [past]
        }
        for id in ids.shuffled() { second.revisions[PageRef(.plan, id)] = first.revisions[PageRef(.plan, id)] }
        #expect(first.pastVersionPages.map(\.ref.id) == ids)
        #expect(second.pastVersionPages.map(\.ref.id) == ids)
    }
}
