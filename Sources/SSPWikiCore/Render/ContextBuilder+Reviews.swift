/// `reviews.html`: every active plan by review date, overdue first, then month by month.
extension ContextBuilder {
    /// In a large setting (`overview` split), the overdue list holds only the reviews overdue
    /// on the build day and the months only the first upcoming reviews, with a note linking
    /// the year groups' review pages.
    func reviewsPage(_ overview: OverviewParts = .unsplit) -> [String: Any] {
        var context = frame(sitePath: "reviews.html", title: "Reviews", nav: "reviews")
        let plans = model.activePlans.sorted { ($0.review, $0.name.lowercased(), $0.id) < ($1.review, $1.name.lowercased(), $1.id) }
        let overdue = plans.filter { reviewState($0).key == ReviewStatus.overdue.rawValue }
        context["overdueCount"] = overdue.count
        let upcoming = overview.isSplit ? overview.firstRows(plans.filter { reviewState($0).key != ReviewStatus.overdue.rawValue }) : plans
        context["overdue"] = (overview.isSplit ? overview.firstRows(overdue) : plans).map { reviewItem($0, root: "") }
        context["overview"] = overviewNote(overview, base: "reviews", shown: upcoming.count, total: plans.count - overdue.count,
                                           noun: "upcoming reviews, by date")
        var months: [[String: Any]] = []
        var current: (key: String, title: String, items: [[String: Any]])?
        for plan in upcoming {
            let item = reviewItem(plan, root: "")
            let key = String(plan.review.iso.prefix(7))
            if current?.key != key {
                if let done = current { months.append(month(done)) }
                current = (key, plan.review.monthTitle, [])
            }
            current?.items.append(item)
        }
        if let done = current { months.append(month(done)) }
        context["months"] = months
        context["planCount"] = plans.count
        context["annualReviews"] = annualReviews(root: "")
        return context
    }

    private func month(_ group: (key: String, title: String, items: [[String: Any]])) -> [String: Any] {
        let shown = group.items.filter { $0["hiddenIfOverdue"] == nil }.count
        return compact(["id": "month-" + group.key, "title": group.title, "plans": group.items, "count": shown,
                        "hidden": shown == 0 ? true : nil])
    }
}
