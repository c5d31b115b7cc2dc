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
            .value("name") { $0.name }, .value("url") { $0.url }, .value("anchor") { $0.anchor }, .value("file") { $0.file },
            .value("count") { $0.findings.count }, .list("findings") { $0.findings },
        ])
    }

    /// A rule with how often it was found.
    struct CommonRule: TemplateModel {
        var title: String
        var id: String
        var findings: Int
        var plans: Int
        static let templateFields = TemplateFields<CommonRule>([
            .value("title") { $0.title }, .value("id") { $0.id }, .value("anchor") { "rule-" + $0.id },
            .value("findings") { $0.findings }, .value("plans") { $0.plans },
        ])
    }

    /// The rules of one topic, as the page explains them.
    struct Topic: TemplateModel {
        var label: String
        var rules: [Rule]
        static let templateFields = TemplateFields<Topic>([.value("label") { $0.label }, .list("rules") { $0.rules }])
    }

    struct Rule: TemplateModel {
        var id: String
        var title: String
        var explanation: String
        var hintHtml: String
        var setting: String
        var off: Bool
        static let templateFields = TemplateFields<Rule>([
            .value("id") { $0.id }, .value("title") { $0.title }, .value("anchor") { "rule-" + $0.id },
            .value("explanation") { $0.explanation }, .value("hintHtml") { $0.hintHtml }, .value("setting") { $0.setting },
            .value("off") { $0.off },
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
        including: { $0.frame },
        [
            .value("checkedCount") { $0.checkedCount }, .value("flaggedCount") { $0.flaggedCount },
            .value("cleanCount") { $0.cleanCount }, .value("findingCount") { $0.findingCount },
            .object("overview") { $0.overview }, .list("clean") { $0.clean }, .value("cleanMore") { $0.cleanMore },
            .list("common") { $0.common }, .list("plans") { $0.plans }, .list("topics") { $0.topics },
        ])
}
