import Foundation

/// The setting's provision map: every additional provision of the active plans, with the
/// time it takes in a typical week and, where `staff_rates` has the role, what it costs.
///
/// Built once per build from the model. A provision whose frequency or session length
/// cannot be read is "not quantified": it is listed, never guessed, and left out of totals.
package struct ProvisionMap: Sendable {
    /// Weeks in a term, the same school year Frequency uses (three terms of 13 weeks).
    package static let weeksPerTerm = 13.0

    /// One child's provision.
    package struct Row: Sendable {
        package let plan: Plan
        package let provision: Provision
        /// The staff_rates role matched from `who`, or the role as written when none matched.
        package let role: String?
        package let rate: Double?
        package var minutesPerWeek: Double? { provision.minutesPerWeek }
        package var costPerWeek: Double? {
            guard let minutes = minutesPerWeek, let rate else { return nil }
            return minutes / 60 * rate
        }
        package var costPerTerm: Double? { costPerWeek.map { $0 * ProvisionMap.weeksPerTerm } }
        package var isQuantified: Bool { minutesPerWeek != nil }
    }

    /// Provision grouped by PEaSS entry, or by its own name when it has none.
    package struct Group: Sendable {
        package let title: String
        /// The PEaSS entry id, when the group is one.
        package let peass: String?
        package let rows: [Row]
        package var total: Total { Total(rows) }
    }

    /// Minutes and cost added up over some rows.
    package struct Total: Sendable, Equatable {
        package var minutesPerWeek: Double = 0
        package var costPerWeek: Double = 0
        /// Rows whose frequency or length could not be read (left out of the totals).
        package var notQuantified: Int = 0
        /// Quantified rows with no rate for their role (in the minutes, not in the cost).
        package var notCosted: Int = 0
        /// Rows in the cost.
        package var costed: Int = 0
        package var costPerTerm: Double { costPerWeek * ProvisionMap.weeksPerTerm }

        package init() {}

        init(_ rows: [Row]) {
            for row in rows {
                guard let minutes = row.minutesPerWeek else {
                    notQuantified += 1
                    continue
                }
                minutesPerWeek += minutes
                if let cost = row.costPerWeek {
                    costPerWeek += cost
                    costed += 1
                } else {
                    notCosted += 1
                }
            }
        }
    }

    package let rows: [Row]
    package let groups: [Group]
    /// Totals by plan id, by role, and for the whole setting.
    package let byPlan: [(plan: Plan, total: Total)]
    package let byRole: [(role: String, total: Total)]
    package let setting: Total

    /// The label for provision with no `who`.
    package static let noRole = "Not stated"

    package init(plans: [Plan], peassTitles: [String: String], rates: StaffRates) {
        let active = plans.filter { $0.status == .active }
            .sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
        var rows: [Row] = []
        for plan in active {
            for provision in plan.provisions where provision.kind == .additional {
                let matched = rates.match(provision.who)
                rows.append(
                    Row(
                        plan: plan, provision: provision,
                        role: matched?.role ?? provision.who.flatMap(StaffRates.roleText(of:)), rate: matched?.rate))
            }
        }
        self.rows = rows
        var grouped: [String: (title: String, peass: String?, rows: [Row])] = [:]
        for row in rows {
            let title =
                row.provision.peass.flatMap { peassTitles[$0] }
                ?? row.provision.what.trimmingWhitespace()
            let key = row.provision.peass.map { "peass:" + $0 } ?? "own:" + title.lowercased()
            grouped[key, default: (title, row.provision.peass, [])].rows.append(row)
        }
        groups = grouped.sorted { ($0.value.title.lowercased(), $0.key) < ($1.value.title.lowercased(), $1.key) }
            .map { Group(title: $0.value.title, peass: $0.value.peass, rows: $0.value.rows) }
        var planOrder: [String] = []
        var planRows: [String: [Row]] = [:]
        for row in rows {
            if planRows[row.plan.id] == nil { planOrder.append(row.plan.id) }
            planRows[row.plan.id, default: []].append(row)
        }
        byPlan = planOrder.map { id in (planRows[id]![0].plan, Total(planRows[id]!)) }
        let roles = Dictionary(grouping: rows) { $0.role ?? ProvisionMap.noRole }
        byRole = roles.keys.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }.map { ($0, Total(roles[$0]!)) }
        setting = Total(rows)
    }

    /// Rows whose frequency or session length cannot be read.
    package var notQuantified: [Row] { rows.filter { !$0.isQuantified } }
}
