/// A plan for a child with an EHCP carries the EHCP's outcomes (so targets can step towards
/// them) and the date of its annual review, which is held at least every 12 months.
extension PlanInspector {
    func ehcp() -> [Diagnostic] {
        guard plan.stage == .ehcp else { return [] }
        var out: [Diagnostic] = []
        if plan.ehcp?.outcomes.isEmpty ?? true {
            out.append(
                finding(
                    .ehcpNoOutcomes, "the plan is at the EHCP stage but lists none of the EHCP's outcomes",
                    at: at(plan.locations.contains("ehcp") ? "ehcp" : "stage")))
        }
        if let day = plan.ehcp?.annualReview {
            if day < shared.today, plan.status == .active {
                let days = day.days(until: shared.today)
                out.append(
                    finding(
                        .annualReviewOverdue,
                        "the EHCP's annual review was due on \(day.long), \(days) day\(days == 1 ? "" : "s") ago",
                        at: at("ehcp.annual_review")))
            }
        } else {
            out.append(
                finding(
                    .ehcpNoAnnualReview, "the plan does not give the date of the EHCP's next annual review",
                    at: at(
                        plan.locations.contains("ehcp.annual_review")
                            ? "ehcp.annual_review" : plan.locations.contains("ehcp") ? "ehcp" : "stage")))
        }
        return out
    }
}
