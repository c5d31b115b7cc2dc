import SSPWikiTemplates

/// The home page (and each year group's version of it): counts, reviews to arrange, recent
/// plans, the need profile and the table of active plans.
struct DashboardPageModel: TemplateModel {
    var frame: PageFrame
    var plans: [PlanRowModel]
    var overview: OverviewNoteModel?
    var filters: PlanFiltersModel?
    var tableID: String
    var caption: String
    var planCount: Int
    var archivedCount: Int?
    var byStage: [CountModel]
    var byYear: [CountModel]
    var byNeed: [CountModel]
    var reviewWatch: [ReviewItemModel]
    var overdueCount: Int
    var soonCount: Int
    var annualReviews: [AnnualReviewModel]
    var recent: [PlanRowModel]
    var needChartHtml: String
    var needTable: NeedTableModel
    var quality: QualitySummaryModel

    static let templateFields = TemplateFields<DashboardPageModel>(
        including: { $0.frame },
        [
            .list("plans") { $0.plans }, .object("overview") { $0.overview }, .object("filters") { $0.filters },
            .value("tableID") { $0.tableID }, .value("caption") { $0.caption }, .value("planCount") { $0.planCount },
            .value("archivedCount") { $0.archivedCount }, .list("byStage") { $0.byStage }, .list("byYear") { $0.byYear },
            .list("byNeed") { $0.byNeed }, .list("reviewWatch") { $0.reviewWatch }, .value("overdueCount") { $0.overdueCount },
            .value("soonCount") { $0.soonCount }, .list("annualReviews") { $0.annualReviews }, .list("recent") { $0.recent },
            .value("needChartHtml") { $0.needChartHtml }, .object("needTable") { $0.needTable },
            .object("quality") { $0.quality },
        ])
}

/// `reviews.html`: every active plan by review date, overdue first, then month by month.
struct ReviewsPageModel: TemplateModel {
    struct Month: TemplateModel {
        var id: String
        var title: String
        var plans: [ReviewItemModel]
        /// How many of its reviews show on the build day (the overdue ones are hidden).
        var count: Int { plans.filter { !$0.hiddenIfOverdue }.count }
        static let templateFields = TemplateFields<Month>([
            .value("id") { $0.id }, .value("title") { $0.title }, .list("plans") { $0.plans },
            .value("count") { $0.count }, .value("hidden") { $0.count == 0 },
        ])
    }

    var frame: PageFrame
    var overdueCount: Int
    var overdue: [ReviewItemModel]
    var overview: OverviewNoteModel?
    var months: [Month]
    var planCount: Int
    var annualReviews: [AnnualReviewModel]

    static let templateFields = TemplateFields<ReviewsPageModel>(
        including: { $0.frame },
        [
            .value("overdueCount") { $0.overdueCount }, .list("overdue") { $0.overdue }, .object("overview") { $0.overview },
            .list("months") { $0.months }, .value("planCount") { $0.planCount }, .list("annualReviews") { $0.annualReviews },
        ])
}
