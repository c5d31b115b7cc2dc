/// `reviews.html`: every active plan by review date, overdue first, then month by month.
extension ContextBuilder {
    /// In a large setting (`overview` split), the overdue list holds only the reviews overdue
    /// on the build day and the months only the first upcoming reviews, with a note linking
    /// the year groups' review pages.
    func reviewsPage(_ overview: OverviewParts = .unsplit) -> ReviewsPageModel {
        let plans = model.activePlans.sorted {
            ($0.review, $0.name.lowercased(), $0.id) < ($1.review, $1.name.lowercased(), $1.id)
        }
        let overdue = plans.filter { reviewState($0).key == ReviewStatus.overdue.rawValue }
        let upcoming =
            overview.isSplit ? overview.firstRows(plans.filter { reviewState($0).key != ReviewStatus.overdue.rawValue }) : plans
        var months: [ReviewsPageModel.Month] = []
        for plan in upcoming {
            let key = String(plan.review.iso.prefix(7))
            if months.last?.id != "month-" + key {
                months.append(.init(id: "month-" + key, title: plan.review.monthTitle, plans: []))
            }
            months[months.count - 1].plans.append(reviewItem(plan, root: ""))
        }
        return ReviewsPageModel(
            frame: pageFrame(sitePath: "reviews.html", title: "Reviews", nav: "reviews"), overdueCount: overdue.count,
            overdue: (overview.isSplit ? overview.firstRows(overdue) : plans).map { reviewItem($0, root: "") },
            overview: overviewNote(
                overview, base: "reviews", shown: upcoming.count, total: plans.count - overdue.count,
                noun: "upcoming reviews, by date"),
            months: months, planCount: plans.count, annualReviews: annualReviews(root: ""))
    }
}
