/// Stage 4½: runs the quality rules over every plan in use (archived plans are records and are
/// not checked) and reports the findings as diagnostics with a `rule`, at the field or line
/// they concern, with the severity site.yml gives each rule (rules set to `off` say nothing).
///
/// Runs after linking and needs nothing but the model and the link graph: no file is read.
package struct QualityChecker: Sendable {
    /// Plan id → `plan_number` in the previous recorded version of that plan (from the
    /// content's history), for the `plan-number-backwards` rule. Empty when there is no history.
    package var previousPlanNumbers: [String: Int]

    package init(previousPlanNumbers: [String: Int] = [:]) {
        self.previousPlanNumbers = previousPlanNumbers
    }

    /// Whether the rules look at a plan: drafts (still being written) and plans in use.
    package static func checks(_ plan: Plan) -> Bool { plan.status != .archived }

    package func check(
        _ model: ContentModel, graph: LinkGraph, history: SiteHistory = SiteHistory(), today: Day
    ) -> [Diagnostic] {
        check(model, graph: graph, history: history, today: today, kept: nil)
    }

    /// The same check, taking each plan's findings from `kept` when nothing they depend on
    /// changed since that cache's last check (`BuildSession`).
    func check(
        _ model: ContentModel, graph: LinkGraph, history: SiteHistory, today: Day,
        kept: (cache: QualityCache, inputs: QualityCache.Inputs)?
    ) -> [Diagnostic] {
        let settings = QualitySettings(model.config)
        let shared = PlanInspector.Shared(
            model: model, graph: graph, history: history, today: today,
            previousPlanNumbers: previousPlanNumbers)
        let plans = model.plans.filter(Self.checks)
        let findings =
            kept.map { $0.cache.findings(plans, shared: shared, inputs: $0.inputs) }
            ?? ParallelMap.map(plans) { PlanInspector(plan: $0, shared: shared).inspect() }
        return findings.flatMap { $0 }.compactMap { finding in
            guard let rule = finding.rule.flatMap(QualityRule.named) else { return finding }
            guard let severity = settings.severity(of: rule) else { return nil }
            var changed = finding
            changed.severity = severity
            return changed
        }
    }
}
