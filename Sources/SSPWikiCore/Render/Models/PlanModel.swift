import SSPWikiTemplates

/// Everything the plan page shows about one plan (`{{#plan}}` in plan.mustache): the row of
/// the plan lists, the plan's own fields, its body, record keeping and the panels that
/// history and the quality checks add.
struct PlanModel: TemplateModel {
    var row: PlanRowModel
    var displayName: String
    var dob: String?
    var notInChronologicalYear: Bool
    var texts: PlanTextsModel
    var teacher: String?
    var teacherURL: String?
    var caseHolderURL: String?
    var status: String
    var archived: Bool
    var draft: Bool
    var startLong: String
    var reviewLong: String
    var photoURL: String?
    var flags: [PlanFlagModel]
    var medical: String?
    var otherPlans: [OtherPlanModel]
    var related: [NamedLinkModel]
    var needs: [NeedModel]
    var needChartHtml: String?
    var accessArrangements: [String]
    var adjustments: [ProvisionModel]
    var additional: [ProvisionModel]
    var additionalMinutesPerWeek: String?
    var targets: [TargetModel]
    var ehcpOutcomes: [OutcomeModel]
    var annualReview: String?
    var annualReviewISO: String?
    var external: [ExternalModel]
    var reviewRecord: ReviewRecordModel?
    var body: PlanBodyModel
    var terms: [TermModel]
    /// Nil on a past version: backlinks describe the plan today.
    var linkedFrom: [LinkedFromModel]?
    var quality: QualityPanelModel?
    var record: PlanRecordModel
    /// Set from the history, on the current version's page only.
    var historyURL: String?
    var lastChange: RevisionRowModel?
    var uncommitted = false
    var progress: ProgressPanelModel?
    var passportURL: String?

    static let templateFields = TemplateFields<PlanModel>(
        PlanRowModel.templateFields.fields.map { $0.lifted(\.row) }
            + PlanBodyModel.templateFields.fields.map { $0.lifted(\.body) }
            + PlanRecordModel.templateFields.fields.map { $0.lifted(\.record) } + [
                .value("displayName", \.displayName), .value("dob", \.dob),
                .value("notInChronologicalYear", \.notInChronologicalYear), .object("texts", \.texts),
                .value("teacher", \.teacher), .value("teacherURL", \.teacherURL),
                .value("caseHolderURL", \.caseHolderURL), .value("status", \.status),
                .value("archived", \.archived), .value("draft", \.draft),
                .value("startLong", \.startLong), .value("reviewLong", \.reviewLong),
                .value("photoURL", \.photoURL), .list("flags", \.flags), .value("medical", \.medical),
                .list("otherPlans", \.otherPlans), .list("related", \.related), .list("needs", \.needs),
                .value("needChartHtml", \.needChartHtml), .values("accessArrangements", \.accessArrangements),
                .list("adjustments", \.adjustments), .list("additional", \.additional),
                .value("additionalMinutesPerWeek", \.additionalMinutesPerWeek),
                .list("targets", \.targets), .list("ehcpOutcomes", \.ehcpOutcomes),
                .value("annualReview", \.annualReview), .value("annualReviewISO", \.annualReviewISO),
                .list("external", \.external), .object("reviewRecord", \.reviewRecord),
                .value("hasEHCPOutcomes") { $0.body.html[.ehcpOutcomes] != nil || !$0.ehcpOutcomes.isEmpty },
                .list("terms", \.terms), .list("linkedFrom", \.linkedFrom),
                .object("quality", \.quality), .value("historyURL", \.historyURL),
                .object("lastChange", \.lastChange), .value("uncommitted", \.uncommitted),
                .object("progress", \.progress), .value("passportURL", \.passportURL),
            ])
}

/// The plan page, of the current version or of a past one (with its banner).
struct PlanPageModel: TemplateModel {
    var frame: PageFrame
    var plan: PlanModel
    var pastVersion: PastVersionModel?

    static let templateFields = TemplateFields<PlanPageModel>(
        including: \.frame,
        [
            .object("plan", \.plan), .object("pastVersion", \.pastVersion),
        ])
}
