import Foundation

/// The setting's provision map: every additional provision of the active plans, with the
/// time it takes in a typical week and, where `staff_rates` has the role, what it costs.
///
/// Built once per build from the model. A provision whose frequency or session length
/// cannot be read is "not quantified": it is listed, never guessed, and left out of totals.
public struct ProvisionMap: Sendable {
    /// Weeks in a term, the same school year Frequency uses (three terms of 13 weeks).
    public static let weeksPerTerm = 13.0

    /// One child's provision.
    public struct Row: Sendable {
        public let plan: Plan
        public let provision: Provision
        /// The staff_rates role matched from `who`, or the role as written when none matched.
        public let role: String?
        public let rate: Double?
        public var minutesPerWeek: Double? { provision.minutesPerWeek }
        public var costPerWeek: Double? {
            guard let minutes = minutesPerWeek, let rate else { return nil }
            return minutes / 60 * rate
        }
        public var costPerTerm: Double? { costPerWeek.map { $0 * ProvisionMap.weeksPerTerm } }
        public var isQuantified: Bool { minutesPerWeek != nil }
    }

    /// Provision grouped by PEaSS entry, or by its own name when it has none.
    public struct Group: Sendable {
        public let title: String
        /// The PEaSS entry id, when the group is one.
        public let peass: String?
        public let rows: [Row]
        public var total: Total { Total(rows) }
    }

    /// Minutes and cost added up over some rows.
    public struct Total: Sendable, Equatable {
        public var minutesPerWeek: Double = 0
        public var costPerWeek: Double = 0
        /// Rows whose frequency or length could not be read (left out of the totals).
        public var notQuantified: Int = 0
        /// Quantified rows with no rate for their role (in the minutes, not in the cost).
        public var notCosted: Int = 0
        /// Rows in the cost.
        public var costed: Int = 0
        public var costPerTerm: Double { costPerWeek * ProvisionMap.weeksPerTerm }

        public init() {}

        init(_ rows: [Row]) {
            for row in rows {
                guard let minutes = row.minutesPerWeek else { notQuantified += 1; continue }
                minutesPerWeek += minutes
                if let cost = row.costPerWeek { costPerWeek += cost; costed += 1 } else { notCosted += 1 }
            }
        }
    }

    public let rows: [Row]
    public let groups: [Group]
    /// Totals by plan id, by role, and for the whole setting.
    public let byPlan: [(plan: Plan, total: Total)]
    public let byRole: [(role: String, total: Total)]
    public let setting: Total

    /// The label for provision with no `who`.
    public static let noRole = "Not stated"

    public init(plans: [Plan], peassTitles: [String: String], rates: StaffRates) {
        let active = plans.filter { $0.status == .active }
            .sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
        var rows: [Row] = []
        for plan in active {
            for provision in plan.provisions where provision.kind == .additional {
                let matched = rates.match(provision.who)
                rows.append(Row(plan: plan, provision: provision,
                                role: matched?.role ?? provision.who.flatMap(StaffRates.roleText(of:)), rate: matched?.rate))
            }
        }
        self.rows = rows
        var grouped: [String: (title: String, peass: String?, rows: [Row])] = [:]
        for row in rows {
            let title = row.provision.peass.flatMap { peassTitles[$0] }
                ?? row.provision.what.trimmingCharacters(in: .whitespaces)
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
    public var notQuantified: [Row] { rows.filter { !$0.isQuantified } }
}
