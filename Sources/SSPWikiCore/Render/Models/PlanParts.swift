import SSPWikiTemplates

/// The small repeated parts of a plan page: each is one list element or nested value.
struct PlanFlagModel: TemplateModel {
    var label: String
    var key: String
    static let templateFields = TemplateFields<PlanFlagModel>([.value("label") { $0.label }, .value("key") { $0.key }])
}

/// A link with a name: a related plan.
struct NamedLinkModel: TemplateModel {
    var name: String
    var url: String
    static let templateFields = TemplateFields<NamedLinkModel>([.value("name") { $0.name }, .value("url") { $0.url }])
}

/// An id with the page anchor it points to: a target an outcome or provision refers to.
struct AnchorModel: TemplateModel {
    var id: String
    var anchor: String
    static let templateFields = TemplateFields<AnchorModel>([.value("id") { $0.id }, .value("anchor") { $0.anchor }])

    /// The anchor of the target `id` on its plan page.
    static func target(_ id: String) -> AnchorModel { AnchorModel(id: id, anchor: "target-" + Slug.make(id)) }
}

/// Another plan the child has (`other_plans`), linked when it names a page.
struct OtherPlanModel: TemplateModel {
    var kind: String
    var note: String?
    var linkURL: String?
    static let templateFields = TemplateFields<OtherPlanModel>([
        .value("kind") { $0.kind }, .value("note") { $0.note }, .value("linkURL") { $0.linkURL },
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
        .value("title") { $0.title }, .value("area") { $0.area }, .value("url") { $0.url }, .value("level") { $0.level },
        .value("levelLabel") { $0.levelLabel }, .value("scaleMax") { $0.scaleMax }, .value("primary") { $0.primary },
        .value("summary") { $0.summary },
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
        .value("what") { $0.what }, .value("peassTitle") { $0.peassTitle }, .value("peassURL") { $0.peassURL },
        .value("kind") { $0.kind }, .value("who") { $0.who }, .value("howOften") { $0.howOften },
        .value("notQuantified") { $0.notQuantified }, .value("minutes") { $0.minutes },
        .value("minutesPerWeek") { $0.minutesPerWeek }, .value("from") { $0.from }, .value("until") { $0.until },
        .list("supports") { $0.supports },
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
        .value("id") { $0.id }, .value("anchor") { $0.anchor }, .value("outcome") { $0.outcome },
        .value("measure") { $0.measure }, .value("baseline") { $0.baseline }, .value("by") { $0.by },
        .value("linksTo") { $0.linksTo }, .value("linksToURL") { $0.linksToURL },
        .value("status") { $0.status }, .value("statusKey") { $0.statusKey },
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
        .value("id") { $0.id }, .value("anchor") { $0.anchor }, .value("text") { $0.text }, .value("area") { $0.area },
        .list("steps") { $0.steps },
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
        .value("agency") { $0.agency }, .value("involvement") { $0.involvement }, .value("date") { $0.date },
        .value("reportURL") { $0.reportURL }, .value("reportName") { $0.reportName },
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
        .value("date") { $0.date }, .value("attended") { $0.attended }, .value("workedWell") { $0.workedWell },
        .value("notSoWell") { $0.notSoWell }, .value("next") { $0.next },
    ])
}

/// A glossary term the plan uses, with its meaning.
struct TermModel: TemplateModel {
    var term: String
    var meaning: String
    var url: String
    static let templateFields = TemplateFields<TermModel>([
        .value("term") { $0.term }, .value("meaning") { $0.meaning }, .value("url") { $0.url },
    ])
}

/// A page that links to this one.
struct LinkedFromModel: TemplateModel {
    var title: String
    var url: String
    var kind: String
    static let templateFields = TemplateFields<LinkedFromModel>([
        .value("title") { $0.title }, .value("url") { $0.url }, .value("kind") { $0.kind },
    ])
}

/// A body section under a heading the plan page has no place of its own for.
struct OtherSectionModel: TemplateModel {
    var title: String
    var anchor: String
    var html: String
    static let templateFields = TemplateFields<OtherSectionModel>([
        .value("title") { $0.title }, .value("anchor") { $0.anchor }, .value("html") { $0.html },
    ])
}

/// A count of targets that ended one way (`outcomes` of the progress panel).
struct OutcomeCountModel: TemplateModel {
    var label: String
    var count: Int
    static let templateFields = TemplateFields<OutcomeCountModel>([.value("label") { $0.label }, .value("count") { $0.count }])
}

/// A plan's plain-text fields (`PlanField.plainText`, such as `pronouns`), shown as `texts.<key>`.
struct PlanTextsModel: TemplateModel {
    var values: [String: String]
    static let templateFields = TemplateFields<PlanTextsModel>(
        PlanField.plainText.map { field in
            .value(field.key) { $0.values[field.key] }
        })
}
