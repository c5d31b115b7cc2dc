import SSPWikiTemplates

/// The small repeated parts of a plan page: each is one list element or nested value.
struct PlanFlagModel: TemplateModel {
    var label: String
    var key: String
    static let templateFields = TemplateFields<PlanFlagModel>([.value("label", \.label), .value("key", \.key)])
}

/// A link with a name: a related plan.
struct NamedLinkModel: TemplateModel {
    var name: String
    var url: String
    static let templateFields = TemplateFields<NamedLinkModel>([.value("name", \.name), .value("url", \.url)])
}

/// An id with the page anchor it points to: a target an outcome or provision refers to.
struct AnchorModel: TemplateModel {
    var id: String
    var anchor: String
    static let templateFields = TemplateFields<AnchorModel>([.value("id", \.id), .value("anchor", \.anchor)])

    /// The anchor of the target `id` on its plan page.
    static func target(_ id: String) -> AnchorModel { AnchorModel(id: id, anchor: "target-" + Slug.make(id)) }
}

/// Another plan the child has (`other_plans`), linked when it names a page.
struct OtherPlanModel: TemplateModel {
    var kind: String
    var note: String?
    var linkURL: String?
    static let templateFields = TemplateFields<OtherPlanModel>([
        .value("kind", \.kind), .value("note", \.note), .value("linkURL", \.linkURL),
    ])
}

/// One recorded need, with its INDES section and level.
struct NeedModel: TemplateModel {
    var title: String
    var area: String?
    var url: String
    var level: Int
    var levelLabel: String?
    var scaleMax: Int
    var primary: Bool
    var summary: String?
    static let templateFields = TemplateFields<NeedModel>([
        .value("title", \.title), .value("area", \.area), .value("url", \.url), .value("level", \.level),
        .value("levelLabel", \.levelLabel), .value("scaleMax", \.scaleMax), .value("primary", \.primary),
        .value("summary", \.summary),
    ])
}

/// One provision: an in-class adjustment or additional support.
struct ProvisionModel: TemplateModel {
    var what: String
    var peassTitle: String?
    var peassURL: String?
    var kind: String
    var who: String?
    var howOften: String?
    var notQuantified: Bool
    var minutes: Int?
    var minutesPerWeek: String?
    // Not `start` and `targets` as on the plan, so a missing value never falls back to the
    // plan's in Mustache's context stack.
    var from: String?
    var until: String?
    var supports: [AnchorModel]
    static let templateFields = TemplateFields<ProvisionModel>([
        .value("what", \.what), .value("peassTitle", \.peassTitle), .value("peassURL", \.peassURL),
        .value("kind", \.kind), .value("who", \.who), .value("howOften", \.howOften),
        .value("notQuantified", \.notQuantified), .value("minutes", \.minutes),
        .value("minutesPerWeek", \.minutesPerWeek), .value("from", \.from), .value("until", \.until),
        .list("supports", \.supports),
    ])
}

/// One SMART target.
struct TargetModel: TemplateModel {
    var id: String
    var anchor: String
    var outcome: String
    var measure: String?
    var baseline: String?
    var by: String?
    var linksTo: String?
    var linksToURL: String?
    var status: String
    var statusKey: String
    static let templateFields = TemplateFields<TargetModel>([
        .value("id", \.id), .value("anchor", \.anchor), .value("outcome", \.outcome),
        .value("measure", \.measure), .value("baseline", \.baseline), .value("by", \.by),
        .value("linksTo", \.linksTo), .value("linksToURL", \.linksToURL),
        .value("status", \.status), .value("statusKey", \.statusKey),
    ])
}

/// One EHCP outcome with the targets that step towards it.
struct OutcomeModel: TemplateModel {
    var id: String
    var anchor: String
    var text: String
    var area: String?
    var steps: [AnchorModel]
    static let templateFields = TemplateFields<OutcomeModel>([
        .value("id", \.id), .value("anchor", \.anchor), .value("text", \.text), .value("area", \.area),
        .list("steps", \.steps),
    ])
}

/// An outside agency's involvement, with its report when the file may be linked.
struct ExternalModel: TemplateModel {
    var agency: String
    var involvement: String?
    var date: String?
    var reportURL: String?
    var reportName: String?
    static let templateFields = TemplateFields<ExternalModel>([
        .value("agency", \.agency), .value("involvement", \.involvement), .value("date", \.date),
        .value("reportURL", \.reportURL), .value("reportName", \.reportName),
    ])
}

/// The record of the last review meeting.
struct ReviewRecordModel: TemplateModel {
    var date: String?
    var attended: String?
    var workedWell: String?
    var notSoWell: String?
    var next: String?
    static let templateFields = TemplateFields<ReviewRecordModel>([
        .value("date", \.date), .value("attended", \.attended), .value("workedWell", \.workedWell),
        .value("notSoWell", \.notSoWell), .value("next", \.next),
    ])
}

/// A glossary term the plan uses, with its meaning.
struct TermModel: TemplateModel {
    var term: String
    var meaning: String
    var url: String
    static let templateFields = TemplateFields<TermModel>([
        .value("term", \.term), .value("meaning", \.meaning), .value("url", \.url),
    ])
}

/// A page that links to this one.
struct LinkedFromModel: TemplateModel {
    var title: String
    var url: String
    var kind: String
    static let templateFields = TemplateFields<LinkedFromModel>([
        .value("title", \.title), .value("url", \.url), .value("kind", \.kind),
    ])
}

/// A body section under a heading the plan page has no place of its own for.
struct OtherSectionModel: TemplateModel {
    var title: String
    var anchor: String
    var html: String
    static let templateFields = TemplateFields<OtherSectionModel>([
        .value("title", \.title), .value("anchor", \.anchor), .value("html", \.html),
    ])
}

/// A count of targets that ended one way (`outcomes` of the progress panel).
struct OutcomeCountModel: TemplateModel {
    var label: String
    var count: Int
    static let templateFields = TemplateFields<OutcomeCountModel>([.value("label", \.label), .value("count", \.count)])
}

/// A plan's plain-text fields (`PlanField.plainText`, such as `pronouns`), shown as `texts.<key>`.
struct PlanTextsModel: TemplateModel {
    var values: [String: String]
    static let templateFields = TemplateFields<PlanTextsModel>(
        PlanField.plainText.map { field in
            .value(field.key) { $0.values[field.key] }
        })
}
