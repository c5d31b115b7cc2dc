import SSPWikiTemplates

/// One quality finding as a page shows it.
struct QualityFindingModel: TemplateModel {
    var message: String
    var hintHtml: String?
    var ruleID: String?
    var ruleTitle: String?
    var ruleURL: String?
    var line: Int?
    var severity: String
    static let templateFields = TemplateFields<QualityFindingModel>([
        .value("message") { $0.message }, .value("hintHtml") { $0.hintHtml }, .value("ruleID") { $0.ruleID },
        .value("ruleTitle") { $0.ruleTitle }, .value("ruleURL") { $0.ruleURL }, .value("line") { $0.line },
        .value("severity") { $0.severity },
    ])
}

/// The "Quality" panel of a plan page.
struct QualityPanelModel: TemplateModel {
    var findings: [QualityFindingModel]
    var file: String
    var url: String
    static let templateFields = TemplateFields<QualityPanelModel>([
        .value("count") { $0.findings.count }, .value("plural") { $0.findings.count != 1 },
        .list("findings") { $0.findings }, .value("none") { $0.findings.isEmpty },
        .value("file") { $0.file }, .value("url") { $0.url },
    ])
}

/// The short progress panel of a plan page: reviewed cycles and how their targets ended.
struct ProgressPanelModel: TemplateModel {
    var url: String
    var reviewedCycles: Int
    var outcomes: [OutcomeCountModel]
    static let templateFields = TemplateFields<ProgressPanelModel>([
        .value("url") { $0.url }, .value("reviewedCycles") { $0.reviewedCycles },
        .value("oneCycle") { $0.reviewedCycles == 1 }, .list("outcomes") { $0.outcomes },
        .value("none") { $0.reviewedCycles == 0 },
    ])
}

/// One revision in a list of revisions (and the plan page's "last changed").
struct RevisionRowModel: TemplateModel {
    var hash: String
    var date: String
    var dateISO: String
    var time: String?
    var author: String
    var subject: String
    var details: String?
    var summary: [String]
    // Not "review": plan pages use that name for the review date.
    var startsCycle: Bool
    var recordsReview: Bool
    var versionURL: String?
    var isCurrent: Bool
    static let templateFields = TemplateFields<RevisionRowModel>([
        .value("hash") { $0.hash }, .value("date") { $0.date }, .value("dateISO") { $0.dateISO }, .value("time") { $0.time },
        .value("author") { $0.author }, .value("subject") { $0.subject }, .value("details") { $0.details },
        .values("summary") { $0.summary }, .value("startsCycle") { $0.startsCycle },
        .value("recordsReview") { $0.recordsReview }, .value("versionURL") { $0.versionURL },
        .value("isCurrent") { $0.isCurrent },
    ])
}

/// The banner of a past version: a revision row with links back to the plan and its history.
struct PastVersionModel: TemplateModel {
    var revision: RevisionRowModel
    var currentURL: String
    var historyURL: String
    static let templateFields = TemplateFields<PastVersionModel>(
        including: { $0.revision },
        [
            .value("currentURL") { $0.currentURL }, .value("historyURL") { $0.historyURL },
        ])
}

/// A plan's `confidential:` details, in the leads' build only.
struct ConfidentialModel: TemplateModel {
    var audience: String
    // Prefixed, so a missing detail is not found in the plan's own values instead.
    var confidentialMedical: String?
    var confidentialFamily: String?
    var confidentialNotes: String?
    var confidentialFlags: String?
    var confidentialAgencies: String?
    var confidentialOtherPlans: String?
    static let templateFields = TemplateFields<ConfidentialModel>([
        .value("audience") { $0.audience }, .value("confidentialMedical") { $0.confidentialMedical },
        .value("confidentialFamily") { $0.confidentialFamily }, .value("confidentialNotes") { $0.confidentialNotes },
        .value("confidentialFlags") { $0.confidentialFlags }, .value("confidentialAgencies") { $0.confidentialAgencies },
        .value("confidentialOtherPlans") { $0.confidentialOtherPlans },
    ])
}

/// A plan's record keeping: when the child left, where to, and how long the record is kept.
struct PlanRecordModel: TemplateModel {
    var left: String?
    var leftISO: String?
    var destination: String?
    var keepUntil: String?
    var keepUntilISO: String?
    var retentionPolicy: String?
    var retentionPassed: Bool
    var confidential: ConfidentialModel?
    static let templateFields = TemplateFields<PlanRecordModel>([
        .value("left") { $0.left }, .value("leftISO") { $0.leftISO }, .value("destination") { $0.destination },
        .value("keepUntil") { $0.keepUntil }, .value("keepUntilISO") { $0.keepUntilISO },
        .value("retentionPolicy") { $0.retentionPolicy }, .value("retentionPassed") { $0.retentionPassed },
        .object("confidential") { $0.confidential },
    ])
}
