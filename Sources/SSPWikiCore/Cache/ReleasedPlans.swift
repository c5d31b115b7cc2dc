import Foundation

/// Each plan without its field locations (`Plan.withoutFieldLocations`), kept between the
/// rebuilds of a `BuildSession`: a plan `ParseCache` kept for an unchanged file is released
/// once, and so stays the very same plan (`Plan.isSame(as:)`) in the analysed site from one
/// rebuild to the next. The memos after analysis (`InputIndexMemo`, the row and terms tables)
/// rely on that to tell the plans an edit changed from the others without comparing their
/// fields. Its lock guards its state.
package final class ReleasedPlans: @unchecked Sendable {
    private let lock = NSLock()
    /// By path: the plan as analysis had it, and the same plan released.
    private var kept: [String: (plan: Plan, released: Plan)] = [:]

    package init() {}

    /// `plans` without their field locations, in order.
    func released(_ plans: [Plan]) -> [Plan] {
        let old = lock.withLock { kept }
        var next: [String: (plan: Plan, released: Plan)] = [:]
        next.reserveCapacity(plans.count)
        let released = plans.map { plan in
            let shown = old[plan.path].flatMap { $0.plan.isSame(as: plan) ? $0.released : nil } ?? plan.withoutFieldLocations
            next[plan.path] = (plan, shown)
            return shown
        }
        lock.withLock { kept = next }
        return released
    }
}
