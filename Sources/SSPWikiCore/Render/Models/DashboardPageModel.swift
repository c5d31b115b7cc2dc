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
        including: \.frame,
        [
            .list("plans", \.plans), .object("overview", \.overview), .object("filters", \.filters),
            .value("tableID", \.tableID), .value("caption", \.caption), .value("planCount", \.planCount),
            .value("archivedCount", \.archivedCount), .list("byStage", \.byStage), .list("byYear", \.byYear),
            .list("byNeed", \.byNeed), .list("reviewWatch", \.reviewWatch), .value("overdueCount", \.overdueCount),
            .value("soonCount", \.soonCount), .list("annualReviews", \.annualReviews), .list("recent", \.recent),
            .value("needChartHtml", \.needChartHtml), .object("needTable", \.needTable),
            .object("quality", \.quality),
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
            .value("id", \.id), .value("title", \.title), .list("plans", \.plans),
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
        including: \.frame,
        [
            .value("overdueCount", \.overdueCount), .list("overdue", \.overdue), .object("overview", \.overview),
            .list("months", \.months), .value("planCount", \.planCount), .list("annualReviews", \.annualReviews),
        ])
}
