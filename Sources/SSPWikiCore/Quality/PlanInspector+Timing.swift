/// Review timing: a plan in use is reviewed on time, and at least once a term.
extension PlanInspector {
    /// The longest gap from start to review before a warning: 16 weeks, about a term.
    static let longestInterval = 16 * 7

    func timing() -> [Diagnostic] {
        var out: [Diagnostic] = []
        if plan.status == .active && plan.review < shared.today && !reviewedThisCycle {
            let days = plan.review.days(until: shared.today)
            out.append(
                finding(
                    .reviewOverdue,
                    "the review was due on \(plan.review.long), \(days) day\(days == 1 ? "" : "s") ago",
                    at: at("review")))
        }
        let interval = plan.start.days(until: plan.review)
        if interval > Self.longestInterval {
            let weeks = (interval + 6) / 7
            out.append(
                finding(
                    .reviewIntervalLong,
                    "the review is \(weeks) weeks after the start; reviews should be at most 16 weeks (about a term) apart",
                    at: at("review")))
        }
        return out
    }

    /// True when a review of impact held since the plan started is recorded (an earlier
    /// review, dated before the start, is the one that led to this plan).
    var reviewedThisCycle: Bool {
        guard let record = plan.reviewRecord, Self.isHeld(record) else { return false }
        return record.date.map { $0 >= plan.start } ?? true
    }
}
