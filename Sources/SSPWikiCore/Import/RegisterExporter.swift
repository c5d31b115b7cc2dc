/// `sspwiki export register`: the SEN register as the plans hold it, one row per plan that is
/// not archived, for checking against the MIS before the school census. Written with the
/// RFC 4180 writer that guards against spreadsheet formulas (`CSV`).
package struct RegisterExporter: Sendable {
    package init() {}

    /// The CSV text: identifier, name, known as, date of birth, year group, class, SEN status
    /// (K or E), the need types by rank (the primary need first, each INDES section mapped back
    /// to its need types), review date, plan number, plan status and the plan's path.
    package func text(_ model: ContentModel) -> String {
        let mapping = model.config.registerImport.needMapping
        let plans = model.plans.filter { $0.status != .archived }
            .sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
        let ranks = max(1, plans.map(\.needs.count).max() ?? 0)
        let header =
            ["MIS ID", "Name", "Known As", "Date of Birth", "Year Group", "Class", "SEN Status"]
            + (1...ranks).map { "SEN Need \($0)" } + ["Review Date", "Plan Number", "Plan Status", "Plan"]
        let rows = plans.map { plan -> [String] in
            let needs = Self.ranked(plan.needs).map { mapping.codes(for: $0.indes).joined(separator: "/") }
            return [
                plan.misID ?? "", plan.name, plan.knownAs ?? "", plan.dob?.iso ?? "", plan.yearGroup?.code ?? "",
                plan.className ?? "", plan.stage == .ehcp ? "E" : "K",
            ]
                + needs + Array(repeating: "", count: ranks - needs.count)
                + [plan.review.iso, String(plan.planNumber), plan.status.rawValue, plan.path]
        }
        return CSV.text([header] + rows)
    }

    /// The primary need first, then the others as written.
    static func ranked(_ needs: [Need]) -> [Need] {
        guard let primary = needs.firstIndex(where: \.primary) else { return needs }
        var rest = needs
        let first = rest.remove(at: primary)
        return [first] + rest
    }
}
