import SSPWikiTemplates

/// `quality.html`: what the quality rules found, plan by plan and rule by rule.
struct QualityPageModel: TemplateModel {
    /// A plan with something to check.
    struct FlaggedPlan: TemplateModel {
        var name: String
        var url: String
        var anchor: String
        var file: String
        var findings: [QualityFindingModel]
        static let templateFields = TemplateFields<FlaggedPlan>([
            .value("name", \.name), .value("url", \.url), .value("anchor", \.anchor), .value("file", \.file),
            .value("count") { $0.findings.count }, .list("findings", \.findings),
        ])
    }

    /// A rule with how often it was found.
    struct CommonRule: TemplateModel {
        var title: String
        var id: String
        var findings: Int
        var plans: Int
        static let templateFields = TemplateFields<CommonRule>([
            .value("title", \.title), .value("id", \.id), .value("anchor") { "rule-" + $0.id },
            .value("findings", \.findings), .value("plans", \.plans),
        ])
    }

    /// The rules of one topic, as the page explains them.
    struct Topic: TemplateModel {
        var label: String
        var rules: [Rule]
        static let templateFields = TemplateFields<Topic>([.value("label", \.label), .list("rules", \.rules)])
    }

    struct Rule: TemplateModel {
        var id: String
        var title: String
        var explanation: String
        var hintHtml: String
        var setting: String
        var off: Bool
        static let templateFields = TemplateFields<Rule>([
            .value("id", \.id), .value("title", \.title), .value("anchor") { "rule-" + $0.id },
            .value("explanation", \.explanation), .value("hintHtml", \.hintHtml), .value("setting", \.setting),
            .value("off", \.off),
        ])
    }

    var frame: PageFrame
    var checkedCount: Int
    var flaggedCount: Int
    var cleanCount: Int
    var findingCount: Int
    var overview: OverviewNoteModel?
    var clean: [NamedLinkModel]
    var cleanMore: Int?
    var common: [CommonRule]
    var plans: [FlaggedPlan]
    var topics: [Topic]
    static let templateFields = TemplateFields<QualityPageModel>(
        including: \.frame,
        [
            .value("checkedCount", \.checkedCount), .value("flaggedCount", \.flaggedCount),
            .value("cleanCount", \.cleanCount), .value("findingCount", \.findingCount),
            .object("overview", \.overview), .list("clean", \.clean), .value("cleanMore", \.cleanMore),
            .list("common", \.common), .list("plans", \.plans), .list("topics", \.topics),
        ])
}
