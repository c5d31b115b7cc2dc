/// One child's assess-plan-do-review cycles, read from the plan's reviewed versions in the git
/// history (`PlanCycles.reviewed`) and the current plan, with each target followed from cycle
/// to cycle (`TargetMatcher`). Built once per build for every published plan (`ImpactModel`).
package struct PlanProgress: Sendable {
    /// One target in one cycle.
    package struct TrackedTarget: Sendable {
        /// Names the target across cycles: the id it had when first set, with " (2)", " (3)" …
        /// when a later cycle reused that id for a different outcome.
        package let thread: String
        package let target: Target
        /// How it ended at the review; nil in the open cycle.
        package let outcome: TargetOutcome?
        /// The additional provision the cycle linked to it (`provisions[].targets`).
        package let provisions: [Provision]
    }

    /// One cycle: the plan as it stood at its review (or now, for the open cycle).
    package struct Cycle: Sendable {
        /// 1 for the oldest cycle in the history.
        package let index: Int
        package let plan: Plan
        /// The day of the review meeting (the record's date, else the day it was committed);
        /// nil for the open cycle.
        package let reviewed: Day?
        package let targets: [TrackedTarget]

        package var isOpen: Bool { reviewed == nil }
        package var start: Day { plan.start }
        /// The last day of the cycle: the review meeting, or the planned review when open.
        package var end: Day { reviewed ?? plan.review }
        package var decision: ReviewDecision? { isOpen ? nil : plan.reviewRecord?.next }
        /// Additional provision (not in-class adjustments) in the plan of this cycle.
        package var additional: [Provision] { plan.provisions.filter { $0.kind == .additional } }
        /// Minutes of additional provision in a typical week (provision that cannot be read is left out).
        package var minutesPerWeek: Double { additional.compactMap(\.minutesPerWeek).reduce(0, +) }
        /// Reviewed on or before the review date the plan set.
        package var onTime: Bool? { reviewed.map { $0 <= plan.review } }

        /// Weeks of the cycle a provision ran: from the later of the cycle's and the
        /// provision's start to the earlier of their ends, in whole days ÷ 7.
        package func weeks(of provision: Provision) -> Double {
            let from = max(start, provision.start ?? start)
            let to = min(end, provision.end ?? end)
            return Double(max(0, from.days(until: to))) / 7
        }

        package var outcomes: OutcomeCounts {
            var counts = OutcomeCounts()
            for target in targets { if let outcome = target.outcome { counts.add(outcome) } }
            return counts
        }
    }

    package let planID: String
    /// Oldest first; the open cycle, when there is one, last.
    package let cycles: [Cycle]

    package var reviewed: [Cycle] { cycles.filter { !$0.isOpen } }

    package init(plan: Plan, history: SiteHistory) {
        // A plan may keep the record of the review that closed the cycle before it (dated
        // before the plan starts); that version closes no cycle of its own.
        let versions = PlanCycles(plan: plan, history: history, graph: nil).reviewed.filter { cycle in
            cycle.plan.reviewRecord?.date.map { $0 >= cycle.plan.start } ?? true
        }
        var plans = versions.map { ($0.plan, $0.plan.reviewRecord?.date ?? $0.committed ?? $0.plan.review) as (Plan, Day?) }
        let lastIsCurrent = versions.last.map { $0.committed == nil || PlanProgress.sameReview($0.plan, plan) } ?? false
        if !lastIsCurrent && plan.status == .active { plans.append((plan, nil)) }
        self.init(planID: plan.id, versions: plans)
    }

    /// The cycles of `versions` (each plan with the day it was reviewed, nil for the open one).
    init(planID: String, versions: [(Plan, Day?)]) {
        self.planID = planID
        var threads: [String] = []
        var used: [String: Int] = [:]
        var cycles: [Cycle] = []
        // Each cycle's targets continue the previous cycle's; the matches of cycle i + 1 also
        // decide whether a target of cycle i was carried over.
        var matches: [[Int?]] = [versions.first.map { Array(repeating: nil, count: $0.0.targets.count) } ?? []]
        for i in versions.indices.dropFirst() {
            matches.append(TargetMatcher.match(versions[i - 1].0.targets, versions[i].0.targets))
        }
        for (i, (plan, reviewed)) in versions.enumerated() {
            var mine: [String] = []
            let continued = i + 1 < versions.count ? Set(matches[i + 1].compactMap { $0 }) : []
            var targets: [TrackedTarget] = []
            for (t, target) in plan.targets.enumerated() {
                let thread: String
                if let earlier = matches[i][t] {
                    thread = threads[earlier]
                } else {
                    used[target.id, default: 0] += 1
                    thread = used[target.id]! == 1 ? target.id : "\(target.id) (\(used[target.id]!))"
                }
                mine.append(thread)
                let linked = plan.provisions.filter { $0.kind == .additional && $0.targets.contains(target.id) }
                let outcome = reviewed == nil ? nil : TargetOutcome(status: target.status, continued: continued.contains(t))
                targets.append(TrackedTarget(thread: thread, target: target, outcome: outcome, provisions: linked))
            }
            threads = mine
            cycles.append(Cycle(index: i + 1, plan: plan, reviewed: reviewed, targets: targets))
        }
        self.cycles = cycles
    }

    /// True when the current plan still holds the review of the last reviewed version.
    static func sameReview(_ reviewed: Plan, _ current: Plan) -> Bool {
        guard let record = current.reviewRecord, record.isFilled else { return false }
        return record.date == reviewed.reviewRecord?.date && current.planNumber == reviewed.planNumber
    }
}
