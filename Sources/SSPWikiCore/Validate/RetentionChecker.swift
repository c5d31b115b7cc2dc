/// Warns about plans kept beyond the setting's retention period (`retention:` in site.yml,
/// by default 25 years after the date of birth), so the data protection lead can act. The
/// tool itself never deletes a plan or rewrites history: docs/retention.md says how.
package struct RetentionChecker: Sendable {
    /// The rule id of the warning (`sspwiki check --format json` reports it).
    package static let rule = "retention-passed"

    package init() {}

    /// One warning per plan whose keep-until day is `today` or earlier, at its `dob` field.
    package func check(_ model: ContentModel, today: Day) -> [Diagnostic] {
        let policy = model.config.retention
        return model.plans.compactMap { plan in
            guard let until = policy.keepUntil(plan), until <= today else { return nil }
            return .warning(
                "the retention period of \(plan.name)'s plan (\(plan.id)) ended on \(until.long) (\(policy.policy))",
                at: plan.locations.location(of: "dob"),
                hint:
                    "the data protection lead decides whether to destroy it; docs/retention.md explains how to remove a plan and its git history",
                rule: Self.rule)
        }
    }
}
