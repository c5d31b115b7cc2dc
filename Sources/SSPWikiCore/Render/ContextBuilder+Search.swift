/// The search page: the query box and the filters, with the choices the content offers.
/// Classes and case holders can run to hundreds; search.js fills them from the index, which
/// lists them anyway, so the page stays small.
extension ContextBuilder {
    func searchPage() -> SearchPageModel {
        var frame = pageFrame(sitePath: "search.html", title: "Search", nav: "search")
        frame.pageClass = "search-page"
        let plans = model.publishedPlans
        let highest = model.indes.flatMap { $0.levels.map(\.level) }.max() ?? 0
        return SearchPageModel(
            frame: frame, stages: Stage.allCases.map { ChoiceModel(value: $0.rawValue, label: $0.label) },
            years: Array(Set(plans.compactMap(\.yearGroup))).sorted().map { ChoiceModel(value: $0.code, label: $0.description) },
            sections: model.indes.sorted { ($0.title, $0.id) < ($1.title, $1.id) }.map {
                ChoiceModel(value: $0.id, label: $0.title)
            },
            levels: highest > 0 ? (1...highest).map { ChoiceModel(value: String($0), label: "Level \($0) or higher") } : [],
            flags: model.filterFlags.map { ChoiceModel(value: $0.rawValue, label: $0.label) },
            soonDays: model.config.reviewSoonDays)
    }
}
