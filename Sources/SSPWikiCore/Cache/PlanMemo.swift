import Foundation

/// A value worked out from one plan alone, kept between the rebuilds of a `BuildSession` for
/// as long as analysis has the very same plan (`Plan.isSame(as:)`: `ParseCache` keeps the plan
/// of an unchanged file, and `ReleasedPlans` the plan it released from it). After an edit only
/// the changed plans' values are worked out again. Its lock guards its state.
final class PlanMemo<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    /// By the plan's path: the plan and its value.
    private var kept: [String: (plan: Plan, value: Value)] = [:]
    private var made = 0

    init() {}

    /// How many values the last call worked out (the others were kept).
    var lastMade: Int { lock.withLock { made } }

    /// Forgets every value (what they were worked out from besides the plans changed).
    func forget() { lock.withLock { kept = [:] } }

    /// `make` of each of `plans`, in order, worked out (on every core) only for the plans not
    /// kept; the values of plans that are gone are forgotten. A kept value is used only when
    /// `stillRight` also accepts it: for a value made from more than its plan, it checks the rest.
    func values(
        of plans: [Plan], keeping stillRight: (Plan, Value) -> Bool = { _, _ in true },
        _ make: @escaping @Sendable (Plan) -> Value
    ) -> [Value] {
        let old = lock.withLock { kept }
        var values: [Value?] = plans.map { plan in
            old[plan.path].flatMap { $0.plan.isSame(as: plan) && stillRight(plan, $0.value) ? $0.value : nil }
        }
        let missing = values.indices.filter { values[$0] == nil }
        for (index, value) in zip(missing, ParallelMap.map(missing) { make(plans[$0]) }) { values[index] = value }
        var next: [String: (plan: Plan, value: Value)] = [:]
        next.reserveCapacity(plans.count)
        let found = values.map { $0! }
        for (plan, value) in zip(plans, found) { next[plan.path] = (plan, value) }
        lock.withLock {
            kept = next
            made = missing.count
        }
        return found
    }
}
