import Foundation

/// A value worked out from one plan alone, kept between the rebuilds of a `BuildSession` for
/// as long as analysis has the very same plan (`Plan.isSame(as:)`: `ParseCache` keeps the plan
/// of an unchanged file, and `ReleasedPlans` the plan it released from it). After an edit only
/// the changed plans' values are worked out again. Its lock guards its state.
final class PlanMemo<Value: Sendable>: @unchecked Sendable {
    /// How a plan's kept value is found: by the plan's file (current plans, one to a file), or
    /// by the plan itself (past versions, many to a file, each the same plan while
    /// `PastVersionCache` keeps it).
    enum Lookup: Sendable {
        case byPath
        case byPlan
    }

    private enum Key: Hashable {
        case path(String)
        // The memo holds the plan, so its box cannot be freed and its identifier reused.
        case plan(ObjectIdentifier)
    }

    private let lock = NSLock()
    private let lookup: Lookup
    /// The plan and its value.
    private var kept: [Key: (plan: Plan, value: Value)] = [:]
    private var made = 0

    init(lookup: Lookup = .byPath) {
        self.lookup = lookup
    }

    private func key(_ plan: Plan) -> Key {
        switch lookup {
        case .byPath: .path(plan.path)
        case .byPlan: .plan(plan.identity)
        }
    }

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
            old[key(plan)].flatMap { $0.plan.isSame(as: plan) && stillRight(plan, $0.value) ? $0.value : nil }
        }
        let missing = values.indices.filter { values[$0] == nil }
        for (index, value) in zip(missing, ParallelMap.map(missing) { make(plans[$0]) }) { values[index] = value }
        var next: [Key: (plan: Plan, value: Value)] = [:]
        next.reserveCapacity(plans.count)
        let found = values.map { $0! }
        for (plan, value) in zip(plans, found) { next[key(plan)] = (plan, value) }
        lock.withLock {
            kept = next
            made = missing.count
        }
        return found
    }
}
