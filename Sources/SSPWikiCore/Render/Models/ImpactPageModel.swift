import SSPWikiTemplates

/// An outcome's key and label, for a chart's legend.
struct OutcomeKeyModel: TemplateModel {
    var key: String
    var label: String
    static let templateFields = TemplateFields<OutcomeKeyModel>([.value("key", \.key), .value("label", \.label)])

    static var all: [OutcomeKeyModel] { TargetOutcome.allCases.map { OutcomeKeyModel(key: $0.rawValue, label: $0.label) } }
}

/// One provision's figures over every cycle in the history, with its breakdowns.
struct ProvisionImpactRowModel: TemplateModel {
    struct Breakdown: TemplateModel {
        var dimension: String
        var group: String
        var linked: Int
        var cells: [OutcomeCountModel]
        static let templateFields = TemplateFields<Breakdown>([
            .value("dimension", \.dimension), .value("group", \.group), .value("linked", \.linked),
            .list("cells", \.cells),
        ])
    }

    var title: String
    var url: String?
    var children: Int
    var weeks: String
    var time: String
    var linked: Int
    var cells: [OutcomeCountModel]
    var breakdown: [Breakdown]
    static let templateFields = TemplateFields<ProvisionImpactRowModel>([
        .value("title", \.title), .value("url", \.url), .value("children", \.children),
        .value("childrenWord") { $0.children == 1 ? "child" : "children" }, .value("weeks", \.weeks),
        .value("time", \.time), .value("linked", \.linked), .list("cells", \.cells),
        .list("breakdown", omittedWhenEmpty: true, \.breakdown),
    ])
}

/// The school's figures for one term.
struct TermRowModel: TemplateModel {
    var title: String
    var activePlans: Int
    var onTime: Int
    var late: Int
    var targetsSet: Int
    var cells: [OutcomeCountModel]
    var minutesPerWeek: String
    var costPerWeek: String?
    var notCosted: Int?
    static let templateFields = TemplateFields<TermRowModel>([
        .value("title", \.title), .value("activePlans", \.activePlans), .value("onTime", \.onTime),
        .value("late", \.late), .value("targetsSet", \.targetsSet), .list("cells", \.cells),
        .value("minutesPerWeek", \.minutesPerWeek), .value("costPerWeek", \.costPerWeek),
        .value("notCosted", \.notCosted),
    ])
}

/// `impact.html`: what each provision achieved, and the school's figures term by term.
struct ImpactPageModel: TemplateModel {
    var frame: PageFrame
    var provisions: [ProvisionImpactRowModel]
    var notRecorded: [ProvisionImpactRowModel]
    var provisionChartHtml: String?
    var terms: [TermRowModel]
    var termOutcomeChartHtml: String?
    var termReviewChartHtml: String?
    var termMinutesChartHtml: String?
    var costsShown: Bool
    static let templateFields = TemplateFields<ImpactPageModel>(
        including: \.frame,
        [
            .list("outcomeKey") { _ in OutcomeKeyModel.all }, .list("provisions", \.provisions),
            .list("notRecorded", \.notRecorded), .value("provisionChartHtml", \.provisionChartHtml),
            .list("terms", \.terms), .value("termOutcomeChartHtml", \.termOutcomeChartHtml),
            .value("termReviewChartHtml", \.termReviewChartHtml), .value("termMinutesChartHtml", \.termMinutesChartHtml),
            .value("costsShown", \.costsShown),
        ])
}
