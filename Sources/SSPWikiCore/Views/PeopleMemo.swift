import Foundation

/// The people index's layout kept between the rebuilds of a `BuildSession`: when no plan's
/// `Fields` changed (an edit of a plan's body, targets or provisions' other fields), the next
/// index is made from the kept layout and the new plans, without naming, slugging and sorting
/// everyone again. Its lock guards its state.
package final class PeopleMemo: @unchecked Sendable {
    /// All of a plan that the index's layout is worked out from (`PeopleIndex.layout(of:)`).
    struct Fields: Equatable {
        let id: String
        let name: String
        let status: PlanStatus
        let teacher: String?
        let caseHolder: String?
        let className: String?
        let who: [String?]

        init(_ plan: Plan) {
            id = plan.id
            name = plan.name
            status = plan.status
            teacher = plan.teacher
            caseHolder = plan.caseHolder
            className = plan.className
            who = plan.provisions.map(\.who)
        }
    }

    private let lock = NSLock()
    private var last: (plans: [Plan], layout: PeopleIndex.Layout)?

    package init() {}

    /// The people index of `plans`, as `PeopleIndex(plans:)` makes it.
    func index(of plans: [Plan]) -> PeopleIndex {
        // Only a plan that is not the very same as last time has its fields compared.
        let old = lock.withLock { last }
        let kept = old.flatMap { $0.plans.matches(plans) { Fields($0) == Fields($1) } ? $0.layout : nil }
        let layout = kept ?? PeopleIndex.layout(of: plans)
        if kept == nil { lock.withLock { last = (plans, layout) } }
        return PeopleIndex(layout: layout, plans: plans)
    }
}
