/// The home page as a dashboard: counts, reviews overdue and due soon, recent plans, the
/// setting's need profile and the full list of active plans.
extension ContextBuilder {
    /// How many recently started plans the dashboard shows.
    static let recentCount = 5

    /// In a large setting (`overview` split), the list of active plans and the review lists
    /// hold only their first rows, and a note links the year groups' dashboards.
    func dashboardPage(_ overview: OverviewParts = .unsplit) -> DashboardPageModel {
        var frame = pageFrame(sitePath: "index.html", title: "Support plans", nav: "home")
        frame.pageClass = "home-page"
        let active = sortedForList(model.activePlans)
        let shown = overview.firstRows(active)
        let filters = planFilters(shown)
        let archived = model.plans.filter { $0.status == .archived }.count
        let years = Dictionary(grouping: active) { $0.yearGroup }
        let needs = Dictionary(grouping: active) { $0.primaryNeed?.indes }
        let byReview = active.sorted { ($0.review, $0.name, $0.id) < ($1.review, $1.name, $1.id) }
        // A split dashboard lists only the reviews overdue or due soon on the build day
        // (every row of the other states is hidden until the reader's day makes it due).
        let watched = overview.isSplit ? byReview.filter { reviewState($0).key != ReviewStatus.later.rawValue } : byReview
        let profile = NeedProfile(setting: model.plans, sections: model.indes)
        return DashboardPageModel(
            frame: frame, plans: shown.map { planRowModel($0, root: "") },
            overview: overviewNote(
                overview, base: "plans", shown: min(active.count, OverviewParts.firstRows),
                total: active.count, noun: "active plans, by name"),
            // The filters act on the rows in the page, so they offer only the values those rows have.
            filters: filters, tableID: "plan-table", caption: "All active plans", planCount: active.count,
            archivedCount: archived > 0 ? archived : nil,
            byStage: Stage.allCases.map { stage in
                CountModel(label: stage.label, count: active.filter { $0.stage == stage }.count)
            },
            byYear: years.keys.sorted(by: YearGroup.nilLast).map {
                CountModel(label: $0?.description ?? "Not recorded", count: years[$0]!.count)
            },
            byNeed: needs.keys.sorted { (needTitle($0), $0 ?? "") < (needTitle($1), $1 ?? "") }.map { code in
                CountModel(
                    label: needTitle(code), count: needs[code]!.count,
                    url: code.flatMap { indes[$0] != nil ? SitePaths.indes($0) : nil })
            },
            reviewWatch: overview.firstRows(watched).map { reviewItem($0, root: "") },
            overdueCount: byReview.filter { reviewState($0).key == ReviewStatus.overdue.rawValue }.count,
            soonCount: byReview.filter { reviewState($0).key == ReviewStatus.soon.rawValue }.count,
            annualReviews: annualReviews(root: ""),
            recent: model.activePlans.filter { $0.start <= today }
                .sorted { ($0.start, $1.name, $1.id) > ($1.start, $0.name, $0.id) }.prefix(Self.recentCount).map {
                    planRowModel($0, root: "")
                },
            needChartHtml: NeedProfileChart.setting(profile), needTable: needTable(profile), quality: qualitySummary())
    }

    /// A plan in a list of reviews: its row values with the review state on the build day.
    func reviewItem(_ plan: Plan, root: String) -> ReviewItemModel {
        let state = reviewState(plan).key
        return ReviewItemModel(
            row: planRowModel(plan, root: root), hiddenUnlessOverdue: state != ReviewStatus.overdue.rawValue,
            hiddenUnlessSoon: state != ReviewStatus.soon.rawValue, hiddenIfOverdue: state == ReviewStatus.overdue.rawValue)
    }

    func needTitle(_ code: String?) -> String {
        guard let code else { return "No need recorded" }
        return indes[code]?.title ?? code
    }

    /// The setting's need profile as a table: the chart's text alternative.
    func needTable(_ profile: NeedProfile) -> NeedTableModel {
        let levels = Array(Set(profile.rows.flatMap(\.levels))).sorted()
        return NeedTableModel(
            levels: levels.map { NeedTableModel.Level(level: $0) },
            rows: profile.rows.map { row in
                NeedTableModel.Row(
                    title: row.section.title, url: SitePaths.indes(row.section.id), total: row.total,
                    cells: levels.map { level in
                        row.levels.contains(level)
                            ? NeedTableModel.Cell(
                                value: String(row.counts[level] ?? 0), cellURL: SitePaths.indes(row.section.id, level: level))
                            : NeedTableModel.Cell(value: "–")
                    })
            })
    }
}
