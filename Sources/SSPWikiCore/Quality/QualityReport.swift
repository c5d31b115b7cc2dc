/// The quality findings of one check arranged for the site: by plan, and counted by rule.
package struct QualityReport: Sendable {
    /// Findings for each plan id, in file order.
    package private(set) var findingsByPlan: [String: [Diagnostic]] = [:]
    /// Ids of the plans the rules looked at.
    package private(set) var checkedPlans: Set<String> = []
    /// The severity of each rule in this setting.
    package private(set) var settings = QualitySettings()

    package init() {}

    /// Sorts `findings` (diagnostics with a quality rule) to the plans they were found in.
    package init(findings: [Diagnostic], model: ContentModel) {
        let plans = model.plans.filter(QualityChecker.checks)
        let idsByPath = Dictionary(plans.map { ($0.path, $0.id) }, uniquingKeysWith: { a, _ in a })
        for finding in findings.sortedForDisplay() where finding.rule != nil {
            guard let id = idsByPath[finding.file] else { continue }
            findingsByPlan[id, default: []].append(finding)
        }
        checkedPlans = Set(plans.map(\.id))
        settings = QualitySettings(model.config)
    }

    /// The findings for one plan (empty when it has none or was not checked).
    package func findings(for planID: String) -> [Diagnostic] { findingsByPlan[planID] ?? [] }

    /// How often a rule was found among some plans.
    package struct RuleCount: Sendable {
        package let rule: QualityRule
        package let findings: Int
        package let plans: Int
    }

    /// The rules found among `planIDs`, most plans first, then in catalogue order.
    package func ruleCounts(among planIDs: [String]) -> [RuleCount] {
        var findings: [String: Int] = [:]
        var plans: [String: Set<String>] = [:]
        for id in planIDs {
            for finding in self.findings(for: id) {
                guard let rule = finding.rule else { continue }
                findings[rule, default: 0] += 1
                plans[rule, default: []].insert(id)
            }
        }
        let order = Dictionary(QualityRule.catalogue.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        return QualityRule.catalogue.filter { findings[$0.id] != nil }
            .map { RuleCount(rule: $0, findings: findings[$0.id]!, plans: plans[$0.id]!.count) }
            .sorted { ($1.plans, order[$0.rule.id]!) < ($0.plans, order[$1.rule.id]!) }
    }
}
