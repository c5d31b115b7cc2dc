/// Runs every quality rule over one plan. Rules are grouped by topic in
/// `PlanInspector+Topic.swift` files; each returns its findings as diagnostics carrying the
/// rule's id and default severity (the checker applies site.yml's settings afterwards).
struct PlanInspector {
    /// What every plan's inspection shares, built once per check.
    struct Shared: Sendable {
        let today: Day
        let indes: [String: IndesSection]
        let peass: [String: PeassEntry]
        /// Resolved `[[…]]` links of every page, from the link graph.
        let links: [PageRef: [ResolvedLink?]]
        /// Upper-cased words that need no explanation: glossary terms and `plain_language_ignore`.
        let explained: Set<String>
        /// Glossary terms as written, for "did you mean" hints.
        let glossaryTerms: [String]
        /// Plan id → `plan_number` in the previous recorded version of the plan.
        let previousPlanNumbers: [String: Int]
        /// The prompt sentences of the new-plan templates.
        let prompts: ArchetypePrompts
        /// Plan id → the day the plan was last changed: its newest commit, or today when it
        /// has changes not yet committed. Empty without history.
        let lastChanged: [String: Day]

        init(
            model: ContentModel, graph: LinkGraph, history: SiteHistory, today: Day, previousPlanNumbers: [String: Int]
        ) {
            self.today = today
            indes = model.indesByID
            peass = model.peassByID
            links = graph.resolved
            glossaryTerms = model.glossary.map(\.term)
            explained = Set((glossaryTerms + model.config.plainLanguageIgnore).map { $0.uppercased() })
            self.previousPlanNumbers = previousPlanNumbers
            prompts = .builtIn
            lastChanged = Self.lastChanged(history, today: today)
        }

        static func lastChanged(_ history: SiteHistory, today: Day) -> [String: Day] {
            guard history.available else { return [:] }
            var days: [String: Day] = [:]
            for (ref, revisions) in history.revisions where ref.kind == .plan {
                if let newest = revisions.first, let day = Day(iso: String(newest.commit.dateISO.prefix(10))) {
                    days[ref.id] = day
                }
            }
            for ref in history.uncommitted where ref.kind == .plan { days[ref.id] = today }
            return days
        }
    }

    let plan: Plan
    let shared: Shared
    /// The plan's front-matter texts in file order (sorted once, read by several rules).
    let texts: [FieldText]

    init(plan: Plan, shared: Shared) {
        self.plan = plan
        self.shared = shared
        texts = plan.locations.texts
    }

    /// Every finding of every rule for this plan.
    func inspect() -> [Diagnostic] {
        completeness() + ehcp() + targets() + provisions() + coverage() + advice() + voice() + timing() + acronyms() + history()
    }

    /// Where a front-matter field was written (field paths count from 0: `targets[1].by`).
    func at(_ path: String) -> SourceLocation { plan.locations.location(of: path) }

    /// A line of the file, at column 1.
    func line(_ line: Int) -> SourceLocation { SourceLocation(file: plan.path, line: line, column: 1) }

    func finding(_ rule: QualityRule, _ message: String, at location: SourceLocation, hint: String? = nil) -> Diagnostic {
        Diagnostic(rule.severity, at: location, message, hint: hint ?? rule.hint, rule: rule.id)
    }

    /// How a finding names a provision: its description, shortened.
    static func describe(_ provision: Provision) -> String {
        let words = provision.what.split(separator: " ")
        let short = words.prefix(8).joined(separator: " ")
        return "'" + short + (words.count > 8 ? " …'" : "'")
    }
}
