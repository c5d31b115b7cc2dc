/// What one provision achieved over every reviewed cycle of every plan in the history: who
/// received it, for how long, and how the targets it was linked to ended.
package struct ProvisionImpact: Sendable {
    /// `peass:<id>` for a PEaSS entry, else `what:` and the words of `what` in lower case.
    package let key: String
    package let title: String
    /// The PEaSS entry, when the provision names one.
    package let peass: String?
    /// Plan ids of the children who received it.
    package internal(set) var children: Set<String> = []
    /// Weeks received, added up over children and cycles.
    package internal(set) var weeks: Double = 0
    /// Minutes received (minutes per week × weeks), over children and cycles; provision
    /// whose frequency or length cannot be read adds weeks but no minutes.
    package internal(set) var minutes: Double = 0
    /// End status of the targets it was linked to. A target linked to two provisions counts
    /// for both.
    package internal(set) var outcomes = OutcomeCounts()
    /// The same outcomes by area of need (the primary need's INDES area), year group and role.
    package internal(set) var byArea: [String: OutcomeCounts] = [:]
    package internal(set) var byYear: [String: OutcomeCounts] = [:]
    package internal(set) var byRole: [String: OutcomeCounts] = [:]

    /// True when no target was ever linked to it: its impact was not recorded.
    package var impactNotRecorded: Bool { outcomes.total == 0 }

    init(key: String, title: String, peass: String?) {
        self.key = key
        self.title = title
        self.peass = peass
    }

    /// The key that groups a provision: its PEaSS entry, else its words.
    static func key(of provision: Provision) -> String {
        if let peass = provision.peass { return "peass:" + peass }
        return "what:" + provision.what.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Adds one cycle in which a child received the provision.
    mutating func add(_ provision: Provision, in cycle: PlanProgress.Cycle, of planID: String, area: String, role: String) {
        children.insert(planID)
        let span = cycle.weeks(of: provision)
        weeks += span
        minutes += (provision.minutesPerWeek ?? 0) * span
        let year = cycle.plan.yearGroup?.description ?? "Year group not given"
        for target in cycle.targets where provision.targets.contains(target.target.id) {
            guard let outcome = target.outcome else { continue }
            outcomes.add(outcome)
            byArea[area, default: OutcomeCounts()].add(outcome)
            byYear[year, default: OutcomeCounts()].add(outcome)
            byRole[role, default: OutcomeCounts()].add(outcome)
        }
    }
}
