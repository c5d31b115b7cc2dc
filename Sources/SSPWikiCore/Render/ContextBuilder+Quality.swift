/// The quality page, the quality panel on each plan page and the line on the home page,
/// built from the findings the quality checker left in `quality`.
extension ContextBuilder {
    /// The plans the quality page shows: those in use that the rules looked at.
    var qualityPlans: [Plan] {
        sortedForList(model.activePlans.filter { quality.checkedPlans.contains($0.id) })
    }

    /// In a large setting (`overview` split), the flagged and clean plans are listed only
    /// up to their first rows, with a note linking the year groups' quality pages.
    func qualityPage(_ overview: OverviewParts = .unsplit) -> QualityPageModel {
        var frame = pageFrame(sitePath: "quality.html", title: "Plan quality", nav: "quality")
        frame.pageClass = "quality-page"
        let report = quality
        let plans = qualityPlans
        let flagged = plans.filter { !report.findings(for: $0.id).isEmpty }
        let clean = plans.filter { report.findings(for: $0.id).isEmpty }
        return QualityPageModel(
            frame: frame, checkedCount: plans.count, flaggedCount: flagged.count, cleanCount: clean.count,
            findingCount: flagged.map { report.findings(for: $0.id).count }.reduce(0, +),
            overview: overviewNote(
                overview, base: "quality", shown: min(flagged.count, OverviewParts.firstRows),
                total: flagged.count, noun: "plans with something to check"),
            clean: overview.firstRows(clean).map { NamedLinkModel(name: $0.name, url: SitePaths.plan($0.id)) },
            cleanMore: overview.isSplit && clean.count > OverviewParts.firstRows ? clean.count - OverviewParts.firstRows : nil,
            common: report.ruleCounts(among: plans.map(\.id)).map { count in
                .init(title: count.rule.title, id: count.rule.id, findings: count.findings, plans: count.plans)
            },
            plans: overview.firstRows(flagged).map { plan in
                .init(
                    name: plan.name, url: SitePaths.plan(plan.id), anchor: "plan-" + plan.id, file: plan.path,
                    findings: report.findings(for: plan.id).map { qualityFinding($0, root: "") })
            },
            topics: QualityRule.Topic.allCases.map { topic in
                .init(
                    label: topic.label,
                    rules: QualityRule.catalogue.filter { $0.topic == topic }.map { rule in
                        .init(
                            id: rule.id, title: rule.title, explanation: rule.explanation, hintHtml: Self.codeHtml(rule.hint),
                            setting: report.settings.setting(of: rule), off: report.settings.severity(of: rule) == nil)
                    })
            })
    }

    /// One finding for a page: the message as a sentence, the rule and how to fix it.
    func qualityFinding(_ finding: Diagnostic, root: String) -> QualityFindingModel {
        QualityFindingModel(
            message: Self.sentence(finding.message), hintHtml: finding.hint.map(Self.codeHtml),
            ruleID: finding.rule, ruleTitle: finding.rule.flatMap(QualityRule.named)?.title,
            ruleURL: finding.rule.map { root + "quality.html#rule-" + $0 },
            line: finding.line > 0 ? finding.line : nil, severity: finding.severity.rawValue)
    }

    /// The "Quality" panel of a plan page; nil for plans the rules do not look at.
    func qualityPanel(_ plan: Plan, root: String) -> QualityPanelModel? {
        guard quality.checkedPlans.contains(plan.id) else { return nil }
        let findings = quality.findings(for: plan.id)
        return QualityPanelModel(
            findings: findings.map { qualityFinding($0, root: root) }, file: plan.path,
            url: root + "quality.html" + (findings.isEmpty ? "" : "#plan-" + plan.id))
    }

    /// The line on the home page: how many plans in use have something to check.
    func qualitySummary() -> QualitySummaryModel {
        let plans = qualityPlans
        let flagged = plans.filter { !quality.findings(for: $0.id).isEmpty }.count
        return QualitySummaryModel(checked: plans.count, flagged: flagged, url: "quality.html")
    }

    /// "target T2 has no baseline" → "Target T2 has no baseline."
    static func sentence(_ message: String) -> String {
        guard let first = message.first else { return message }
        let text = first.uppercased() + message.dropFirst()
        return text.hasSuffix(".") || text.hasSuffix("?") ? text : text + "."
    }

    /// Escapes `text` and shows `…` spans (field names and examples in hints) as code.
    static func codeHtml(_ text: String) -> String {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return HTML.escape(text) }
        var html = ""
        for (index, part) in parts.enumerated() {
            let escaped = HTML.escape(String(part))
            if index % 2 == 1 && index < parts.count - 1 {
                html += "<code>" + escaped + "</code>"
            } else {
                html += (index % 2 == 1 ? "`" : "") + escaped
            }
        }
        return html
    }
}
