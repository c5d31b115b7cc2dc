/// `reviews.html`: every active plan by review date, overdue first, then month by month.
extension ContextBuilder {
    func reviewsPage() -> [String: Any] {
        var context = frame(sitePath: "reviews.html", title: "Reviews", nav: "reviews")
        let plans = model.activePlans.sorted { ($0.review, $0.name.lowercased(), $0.id) < ($1.review, $1.name.lowercased(), $1.id) }
        let items = plans.map { reviewItem($0, root: "") }
        context["overdue"] = items
        context["overdueCount"] = plans.filter { reviewState($0).key == ReviewStatus.overdue.rawValue }.count
        var months: [[String: Any]] = []
        var current: (key: String, title: String, items: [[String: Any]])?
        for (plan, item) in zip(plans, items) {
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
