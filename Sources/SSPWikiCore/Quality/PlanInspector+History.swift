/// The assess, plan, do, review cycle over time: plan numbers count cycles.
extension PlanInspector {
    func history() -> [Diagnostic] {
        var out: [Diagnostic] = []
        // A review dated on or after the start is this cycle's own review, written before
        // `sspwiki review` starts the next cycle; only an earlier one belongs to a past plan.
        if plan.planNumber == 1, let record = plan.reviewRecord, Self.isHeld(record), let date = record.date, date < plan.start {
            let path = plan.locations.contains("review_record") ? "review_record" : "review"
            out.append(
                finding(
                    .reviewOnFirstPlan,
                    "this is plan number 1, but it records a review of impact held on \(date.long), before the plan started",
                    at: at(path)))
        }
        if let previous = shared.previousPlanNumbers[plan.id], plan.planNumber < previous {
            out.append(
                finding(
                    .planNumberBackwards,
                    "plan_number is \(plan.planNumber), but the previous version of this plan was plan \(previous)",
                    at: at("plan_number")))
        }
        return out
    }

    /// True when a review meeting is recorded: who came, what worked or the decision. A
    /// `review:` block holding only a date just gives the next review date.
    static func isHeld(_ record: ReviewRecord) -> Bool {
        !record.attended.isEmpty || record.workedWell != nil || record.notSoWell != nil || record.next != nil
    }
}
