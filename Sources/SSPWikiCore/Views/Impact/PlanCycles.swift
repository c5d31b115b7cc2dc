/// The versions of one plan that close its assess-plan-do-review cycles, read from the git
/// history the pipeline loaded (`AnalysedSite.history`), oldest first.
struct PlanCycles {
    /// One version of the plan and the links of its body as resolved for that version.
    struct Cycle {
        let plan: Plan
        let links: [ResolvedLink?]
        /// The day the version was committed; nil for the current text.
        let committed: Day?
    }

    /// The plan as committed with each review record (one per review meeting), then the
    /// current plan when it records a review not yet among them.
    let reviewed: [Cycle]
    /// One version per plan number, the last one committed with it, the current plan last.
    let all: [Cycle]
    /// Every revision of the plan, oldest first.
    let revisions: [Revision]

    /// `graph` gives each version's resolved links; without one, `links` are empty.
    init(plan: Plan, history: SiteHistory, graph: LinkGraph?) {
        let ref = PageRef(.plan, plan.id)
        revisions = (history.revisions[ref] ?? []).reversed()
        let versions: [(Revision, Cycle)] = revisions.compactMap { revision in
            guard case .plan(let past)? = history.versions[revision.version] else { return nil }
            return (
                revision,
                Cycle(
                    plan: past, links: graph?.pastResolved[revision.version] ?? [],
                    committed: Day(iso: String(revision.commit.dateISO.prefix(10))))
            )
        }
        let current = Cycle(plan: plan, links: graph?.resolved[ref] ?? [], committed: nil)
        var reviewed: [Cycle] = []
        var meetings: Set<String> = []
        for (revision, cycle) in versions where revision.summary.recordsReview {
            guard let record = cycle.plan.reviewRecord, record.isFilled else { continue }
            let key = record.date?.iso ?? "plan \(cycle.plan.planNumber)"
            if meetings.insert(key).inserted { reviewed.append(cycle) } else { reviewed[reviewed.count - 1] = cycle }
        }
        if let record = plan.reviewRecord, record.isFilled, !meetings.contains(record.date?.iso ?? "plan \(plan.planNumber)") {
            reviewed.append(current)
        }
        self.reviewed = reviewed
        var byNumber: [Cycle] = []
        for (_, cycle) in versions where cycle.plan.planNumber != plan.planNumber {
            if let last = byNumber.last, last.plan.planNumber == cycle.plan.planNumber {
                byNumber[byNumber.count - 1] = cycle
            } else {
                byNumber.append(cycle)
            }
        }
        all = byNumber + [current]
    }
}
