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
        PlanRowModel.templateFields.fields.map { $0.lifted { $0.row } }
            + PlanBodyModel.templateFields.fields.map { $0.lifted { $0.body } }
            + PlanRecordModel.templateFields.fields.map { $0.lifted { $0.record } } + [
                .value("displayName") { $0.displayName }, .value("dob") { $0.dob },
                .value("notInChronologicalYear") { $0.notInChronologicalYear }, .object("texts") { $0.texts },
                .value("teacher") { $0.teacher }, .value("teacherURL") { $0.teacherURL },
                .value("caseHolderURL") { $0.caseHolderURL }, .value("status") { $0.status },
                .value("archived") { $0.archived }, .value("draft") { $0.draft },
                .value("startLong") { $0.startLong }, .value("reviewLong") { $0.reviewLong },
                .value("photoURL") { $0.photoURL }, .list("flags") { $0.flags }, .value("medical") { $0.medical },
                .list("otherPlans") { $0.otherPlans }, .list("related") { $0.related }, .list("needs") { $0.needs },
                .value("needChartHtml") { $0.needChartHtml }, .values("accessArrangements") { $0.accessArrangements },
                .list("adjustments") { $0.adjustments }, .list("additional") { $0.additional },
                .value("additionalMinutesPerWeek") { $0.additionalMinutesPerWeek },
                .list("targets") { $0.targets }, .list("ehcpOutcomes") { $0.ehcpOutcomes },
                .value("annualReview") { $0.annualReview }, .value("annualReviewISO") { $0.annualReviewISO },
                .list("external") { $0.external }, .object("reviewRecord") { $0.reviewRecord },
                .value("hasEHCPOutcomes") { $0.body.html[.ehcpOutcomes] != nil || !$0.ehcpOutcomes.isEmpty },
                .list("terms") { $0.terms }, .list("linkedFrom") { $0.linkedFrom },
                .object("quality") { $0.quality }, .value("historyURL") { $0.historyURL },
                .object("lastChange") { $0.lastChange }, .value("uncommitted") { $0.uncommitted },
                .object("progress") { $0.progress }, .value("passportURL") { $0.passportURL },
            ])
}

/// The plan page, of the current version or of a past one (with its banner).
struct PlanPageModel: TemplateModel {
    var frame: PageFrame
    var plan: PlanModel
    var pastVersion: PastVersionModel?

    static let templateFields = TemplateFields<PlanPageModel>(
        including: { $0.frame },
        [
            .object("plan") { $0.plan }, .object("pastVersion") { $0.pastVersion },
        ])
}
