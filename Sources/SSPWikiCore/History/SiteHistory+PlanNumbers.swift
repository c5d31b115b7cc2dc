/// Plan numbers as last committed, for the quality rule that notices a plan number going back.
extension SiteHistory {
    /// Plan id → `plan_number` in the newest commit of that plan, for plans whose committed
    /// front matter parses.
    package var committedPlanNumbers: [String: Int] {
        var numbers: [String: Int] = [:]
        for (ref, revisions) in revisions where ref.kind == .plan {
            guard let newest = revisions.first, case .plan(let plan)? = versions[newest.version] else { continue }
            numbers[ref.id] = plan.planNumber
        }
        return numbers
    }
}
