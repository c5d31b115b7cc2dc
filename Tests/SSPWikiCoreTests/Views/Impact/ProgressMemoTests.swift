import Foundation
import Testing

@testable import SSPWikiCore

/// `serve` keeps each plan's progress between rebuilds (`ProgressMemo`); the progress it gives
/// must always be what `PlanProgress` makes from the same plan and history.
@Suite("Plans' progress kept between rebuilds")
struct ProgressMemoTests {
    /// Analyses the repository as a `BuildSession` does, keeping what it may between calls.
    final class Session {
        let repo: Fixture
        let loader = HistoryLoader().keepingCommitted()
        let memos = AnalysisMemos.all(hashes: SourceHashes())
        let progress = ProgressMemo()

        init(_ repo: Fixture) { self.repo = repo }

        /// Each published plan's progress through the memo, checked against progress made
        /// anew, as text; and how many plans' progress the memo worked out.
        func progressNow(
            sourceLocation: Testing.SourceLocation = #_sourceLocation
        ) throws -> (
            progress: [String], made: Int
        ) {
            let (loaded, _) = ContentLoader().load(root: repo.content)
            let (analysed, diagnostics) = SiteBuilder().analyse(
                loaded, today: Fixture.historyToday, history: loader, memos: memos)
            #expect(!diagnostics.hasErrors, sourceLocation: sourceLocation)
            let site = try #require(analysed, sourceLocation: sourceLocation)
            let plans = site.model.publishedPlans
            let kept = progress.progress(of: plans, history: site.history).map(Self.text)
            let anew = plans.map { Self.text(PlanProgress(plan: $0, history: site.history)) }
            #expect(kept == anew, sourceLocation: sourceLocation)
            return (kept, progress.lastMade)
        }

        /// A plan's cycles and each target's outcome in them.
        static func text(_ progress: PlanProgress) -> String {
            progress.planID + ": "
                + progress.cycles.map { cycle in
                    "\(cycle.index) plan \(cycle.plan.planNumber) \(cycle.reviewed?.iso ?? "open") "
                        + cycle.targets.map { "\($0.thread)=\($0.outcome?.label ?? "-")" }.joined(separator: ",")
                }.joined(separator: "; ")
        }
    }

    @Test("an edit works out again only the edited plan's progress")
    func anEditWorksOutOnlyTheEditedPlan() throws {
        let repo = ImpactFixture.repository()
        let session = Session(repo)
        let first = try session.progressNow()
        #expect(first.made == 2)
        #expect(first.progress.contains { $0.hasPrefix("amelia-k: 1 plan 1 2026-12-03") })
        #expect(try session.progressNow().made == 0)

        let jacob = repo.content + "/plans/jacob-khan.md"
        try (String(contentsOfFile: jacob, encoding: .utf8) + "\nA line added by hand.\n")
            .write(toFile: jacob, atomically: true, encoding: .utf8)
        #expect(try session.progressNow().made == 1)
    }

    @Test("a plan whose file is as it was but whose commits changed has its progress worked out again")
    func newCommitsUnderTheSameTextWorkOutTheProgressAgain() throws {
        let repo = ImpactFixture.repository()
        let session = Session(repo)
        let before = try session.progressNow()
        // The review of plan 2 and plan 3 are no longer commits; Amelia's file stays plan 3.
        repo.git("reset", "-q", "--soft", "HEAD~2")
        // progressNow checks the kept progress against progress made anew.
        let after = try session.progressNow()
        #expect(after.progress != before.progress)
    }
}
