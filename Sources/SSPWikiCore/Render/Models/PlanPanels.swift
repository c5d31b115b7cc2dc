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
        .value("message", \.message), .value("hintHtml", \.hintHtml), .value("ruleID", \.ruleID),
        .value("ruleTitle", \.ruleTitle), .value("ruleURL", \.ruleURL), .value("line", \.line),
        .value("severity", \.severity),
    ])
}

/// The "Quality" panel of a plan page.
struct QualityPanelModel: TemplateModel {
    var findings: [QualityFindingModel]
    var file: String
    var url: String
    static let templateFields = TemplateFields<QualityPanelModel>([
        .value("count") { $0.findings.count }, .value("plural") { $0.findings.count != 1 },
        .list("findings", \.findings), .value("none") { $0.findings.isEmpty },
        .value("file", \.file), .value("url", \.url),
    ])
}

/// The short progress panel of a plan page: reviewed cycles and how their targets ended.
struct ProgressPanelModel: TemplateModel {
    var url: String
    var reviewedCycles: Int
    var outcomes: [OutcomeCountModel]
    static let templateFields = TemplateFields<ProgressPanelModel>([
        .value("url", \.url), .value("reviewedCycles", \.reviewedCycles),
        .value("oneCycle") { $0.reviewedCycles == 1 }, .list("outcomes", \.outcomes),
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
        .value("hash", \.hash), .value("date", \.date), .value("dateISO", \.dateISO), .value("time", \.time),
        .value("author", \.author), .value("subject", \.subject), .value("details", \.details),
        .values("summary", \.summary), .value("startsCycle", \.startsCycle),
        .value("recordsReview", \.recordsReview), .value("versionURL", \.versionURL),
        .value("isCurrent", \.isCurrent),
    ])
}

/// The banner of a past version: a revision row with links back to the plan and its history.
struct PastVersionModel: TemplateModel {
    var revision: RevisionRowModel
    var currentURL: String
    var historyURL: String
    static let templateFields = TemplateFields<PastVersionModel>(
        including: \.revision,
        [
            .value("currentURL", \.currentURL), .value("historyURL", \.historyURL),
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
        .value("audience", \.audience), .value("confidentialMedical", \.confidentialMedical),
        .value("confidentialFamily", \.confidentialFamily), .value("confidentialNotes", \.confidentialNotes),
        .value("confidentialFlags", \.confidentialFlags), .value("confidentialAgencies", \.confidentialAgencies),
        .value("confidentialOtherPlans", \.confidentialOtherPlans),
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
        .value("left", \.left), .value("leftISO", \.leftISO), .value("destination", \.destination),
        .value("keepUntil", \.keepUntil), .value("keepUntilISO", \.keepUntilISO),
        .value("retentionPolicy", \.retentionPolicy), .value("retentionPassed", \.retentionPassed),
        .object("confidential", \.confidential),
    ])
}
