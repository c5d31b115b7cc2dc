/// `impact.csv`: the table of `impact.html` for a spreadsheet: one row per provision and
/// breakdown (all, each area of need, year group and role).
enum ImpactCSV {
    static let header =
        [
            "Provision", "PEaSS entry", "Breakdown", "Group", "Children", "Weeks", "Hours",
            "Targets linked",
        ] + TargetOutcome.allCases.map(\.label)

    static func text(_ impact: ImpactModel) -> String {
        var rows = [header]
        for provision in impact.provisions {
            let lead = [provision.title, provision.peass ?? ""]
            func row(_ breakdown: String, _ group: String, _ counts: OutcomeCounts, totals: Bool) -> [String] {
                lead + [
                    breakdown, group,
                    totals ? String(provision.children.count) : "",
                    totals ? ProvisionMapCSV.number(provision.weeks, places: 1) : "",
                    totals ? ProvisionMapCSV.number(provision.minutes / 60, places: 1) : "",
                    String(counts.total),
                ] + TargetOutcome.allCases.map { String(counts[$0]) }
            }
            rows.append(row("All", "", provision.outcomes, totals: true))
            for (name, groups) in [
                ("Area of need", provision.byArea), ("Year group", provision.byYear), ("Role", provision.byRole),
            ] {
                for key in groups.keys.sorted() { rows.append(row(name, key, groups[key]!, totals: false)) }
            }
        }
        return CSV.text(rows)
    }
}
