import SSPWikiTemplates

/// An outcome's key and label, for a chart's legend.
struct OutcomeKeyModel: TemplateModel {
    var key: String
    var label: String
    static let templateFields = TemplateFields<OutcomeKeyModel>([.value("key") { $0.key }, .value("label") { $0.label }])

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
            .value("dimension") { $0.dimension }, .value("group") { $0.group }, .value("linked") { $0.linked },
            .list("cells") { $0.cells },
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
        .value("title") { $0.title }, .value("url") { $0.url }, .value("children") { $0.children },
        .value("childrenWord") { $0.children == 1 ? "child" : "children" }, .value("weeks") { $0.weeks },
        .value("time") { $0.time }, .value("linked") { $0.linked }, .list("cells") { $0.cells },
        .list("breakdown", omittedWhenEmpty: true) { $0.breakdown },
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
        .value("title") { $0.title }, .value("activePlans") { $0.activePlans }, .value("onTime") { $0.onTime },
        .value("late") { $0.late }, .value("targetsSet") { $0.targetsSet }, .list("cells") { $0.cells },
        .value("minutesPerWeek") { $0.minutesPerWeek }, .value("costPerWeek") { $0.costPerWeek },
        .value("notCosted") { $0.notCosted },
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
        including: { $0.frame },
        [
            .list("outcomeKey") { _ in OutcomeKeyModel.all }, .list("provisions") { $0.provisions },
            .list("notRecorded") { $0.notRecorded }, .value("provisionChartHtml") { $0.provisionChartHtml },
            .list("terms") { $0.terms }, .value("termOutcomeChartHtml") { $0.termOutcomeChartHtml },
            .value("termReviewChartHtml") { $0.termReviewChartHtml }, .value("termMinutesChartHtml") { $0.termMinutesChartHtml },
            .value("costsShown") { $0.costsShown },
        ])
}
