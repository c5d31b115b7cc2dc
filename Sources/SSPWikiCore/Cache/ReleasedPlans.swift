/// Each plan without its field locations (`Plan.withoutFieldLocations`), kept between the
/// rebuilds of a `BuildSession`: a plan `ParseCache` kept for an unchanged file is released
/// once, and so stays the very same plan (`Plan.isSame(as:)`) in the analysed site from one
/// rebuild to the next. The memos after analysis (`InputIndexMemo`, the glossary terms) rely on
/// that to tell the plans an edit changed from the others without comparing their fields.
package final class ReleasedPlans: Sendable {
    private let memo = PlanMemo<Plan>()

    package init() {}

    /// `plans` without their field locations, in order.
    func released(_ plans: [Plan]) -> [Plan] { memo.values(of: plans) { $0.withoutFieldLocations } }
}
