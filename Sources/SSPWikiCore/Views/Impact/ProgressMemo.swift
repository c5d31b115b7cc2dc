/// Each plan's progress (`PlanProgress`) kept between the rebuilds of a `BuildSession`. A
/// plan's progress is made from the plan and its revisions (their commits, summaries and past
/// versions), so it is kept while the plan is the very same (`PlanMemo`) and so is the list of
/// its revisions: `HistoryParser` keeps that list, storage and all, while the page's changes
/// and texts are as before (`PastVersionCache`). After a one-plan edit only that plan's
/// progress is worked out again.
final class ProgressMemo: Sendable {
    /// A plan's progress and the revisions it was made from.
    private struct Kept: Sendable {
        let revisions: [Revision]
        let progress: PlanProgress
    }

    private let memo = PlanMemo<Kept>()

    init() {}

    /// How many plans' progress the last call worked out (the others were kept).
    var lastMade: Int { memo.lastMade }

    private static func revisions(of plan: Plan, _ history: SiteHistory) -> [Revision] {
        history.revisions[PageRef(.plan, plan.id)] ?? []
    }

    /// `PlanProgress(plan:history:)` of each of `plans`, in order.
    func progress(of plans: [Plan], history: SiteHistory) -> [PlanProgress] {
        memo.values(of: plans, keeping: { plan, kept in kept.revisions.sharesStorage(with: Self.revisions(of: plan, history)) }) {
            Kept(revisions: Self.revisions(of: $0, history), progress: PlanProgress(plan: $0, history: history))
        }.map(\.progress)
    }
}
