/// The search page: the query box and the filters, with the choices the content offers.
/// Classes and case holders can run to hundreds; search.js fills them from the index, which
/// lists them anyway, so the page stays small.
extension ContextBuilder {
    func searchPage() -> [String: Any] {
        var context = frame(sitePath: "search.html", title: "Search", nav: "search")
        let plans = model.publishedPlans
        context["pageClass"] = "search-page"
        context["stages"] = Stage.allCases.map { ["value": $0.rawValue, "label": $0.label] }
        context["years"] = Array(Set(plans.compactMap(\.yearGroup))).sorted().map { ["value": $0.code, "label": $0.description] }
        context["sections"] = model.indes.sorted { ($0.title, $0.id) < ($1.title, $1.id) }.map { ["value": $0.id, "label": $0.title] }
        let highest = model.indes.flatMap { $0.levels.map(\.level) }.max() ?? 0
        context["levels"] = highest > 0 ? (1...highest).map { ["value": $0, "label": "Level \($0) or higher"] } : []
        context["flags"] = model.filterFlags.map { ["value": $0.rawValue, "label": $0.label] }
        context["soonDays"] = model.config.reviewSoonDays
        return context
    }
}
