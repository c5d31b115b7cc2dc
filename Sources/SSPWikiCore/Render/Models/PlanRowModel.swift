import SSPWikiTemplates

/// One plan in a list of plans (dashboard, class, person and archive pages), and the start of
/// the plan page's own values.
struct PlanRowModel: TemplateModel {
    var id: String
    var name: String
    var url: String
    var stage: String
    var stageKey: String
    var start: String
    var startISO: String
    var review: String
    var reviewISO: String
    var reviewState: String
    /// Nil on a past version, where "overdue" would describe the plan today.
    var reviewLabel: String?
    var planNumber: Int
    /// Only an active plan has a review to watch; reviews.js updates rows with data-review.
    var reviewTracked: Bool
    var knownAs: String?
    var yearGroup: String?
    var className: String?
    var caseHolder: String?
    var classURL: String?
    var primaryNeed: String?
    var primaryNeedLevel: Int?
    var primaryNeedURL: String?

    static let templateFields = TemplateFields<PlanRowModel>([
        .value("id", \.id), .value("name", \.name), .value("url", \.url),
        .value("stage", \.stage), .value("stageKey", \.stageKey),
        .value("start", \.start), .value("startISO", \.startISO),
        .value("review", \.review), .value("reviewISO", \.reviewISO),
        .value("reviewState", \.reviewState), .value("reviewLabel", \.reviewLabel),
        .value("planNumber", \.planNumber), .value("reviewTracked", \.reviewTracked),
        .value("knownAs", \.knownAs), .value("yearGroup", \.yearGroup),
        .value("className", \.className), .value("caseHolder", \.caseHolder), .value("classURL", \.classURL),
        .value("primaryNeed", \.primaryNeed), .value("primaryNeedLevel", \.primaryNeedLevel),
        .value("primaryNeedURL", \.primaryNeedURL),
    ])
}

extension ContextBuilder {
    /// One row of a list of plans.
    func planRowModel(_ plan: Plan, root: String) -> PlanRowModel {
        let state = reviewState(plan)
        var row = PlanRowModel(
            id: plan.id, name: plan.name, url: root + SitePaths.plan(plan.id), stage: plan.stage.label,
            stageKey: plan.stage.rawValue, start: plan.start.medium, startISO: plan.start.iso,
            review: plan.review.medium, reviewISO: plan.review.iso, reviewState: state.key, reviewLabel: state.label,
            planNumber: plan.planNumber, reviewTracked: plan.status == .active,
            knownAs: plan.knownAs.flatMap { $0 == plan.name ? nil : $0 }, yearGroup: plan.yearGroup?.description,
            className: plan.className, caseHolder: plan.caseHolder, classURL: classURL(plan.className, root: root))
        if let need = plan.primaryNeed, let section = indes[need.indes] {
            row.primaryNeed = section.title
            row.primaryNeedLevel = need.level
            row.primaryNeedURL = root + SitePaths.indes(section.id, level: need.level)
        }
        return row
    }
}
