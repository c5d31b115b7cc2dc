/// EHCP annual reviews, for the reviews page and the dashboard: every active plan that gives
/// the date of its EHCP's next annual review, soonest first.
extension ContextBuilder {
    func annualReviews(root: String) -> [AnnualReviewModel] {
        model.activePlans
            .compactMap { plan in plan.ehcp?.annualReview.map { (plan, $0) } }
            .sorted { ($0.1, $0.0.name.lowercased(), $0.0.id) < ($1.1, $1.0.name.lowercased(), $1.0.id) }
            .map { plan, day in
                let status = ReviewStatus.of(review: day, today: today, soonDays: model.config.reviewSoonDays)
                return AnnualReviewModel(
                    id: plan.id, name: plan.name, url: root + SitePaths.plan(plan.id), date: day.long,
                    dateISO: day.iso, stateKey: status.rawValue, stateLabel: status.label.isEmpty ? nil : status.label)
            }
    }
}
