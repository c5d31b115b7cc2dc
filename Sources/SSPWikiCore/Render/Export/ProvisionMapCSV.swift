import Foundation

/// `provision-map.csv`: one row per child and additional provision, for a spreadsheet.
enum ProvisionMapCSV {
    static let header = [
        "Child or young person", "Plan", "Year group", "Class", "Provision", "PEaSS entry", "Who",
        "Role", "How often", "Minutes per session", "Minutes per week", "Cost per week (£)",
        "Cost per term (£)", "Start", "End", "Note",
    ]

    static func text(_ map: ProvisionMap, peassTitles: [String: String]) -> String {
        let rows = map.rows.map { row -> [String] in
            let p = row.provision
            let note = !row.isQuantified ? "not quantified" : row.rate == nil ? "no rate for this role" : ""
            return [
                row.plan.name, row.plan.id, row.plan.yearGroup?.description ?? "", row.plan.className ?? "",
                p.what, p.peass.flatMap { peassTitles[$0] } ?? "", p.who ?? "", row.role ?? "",
                p.howOftenText ?? "", p.minutes.map(String.init) ?? "",
                row.minutesPerWeek.map { number($0, places: 1) } ?? "",
                row.costPerWeek.map { number($0, places: 2) } ?? "",
                row.costPerTerm.map { number($0, places: 2) } ?? "",
                p.start?.iso ?? "", p.end?.iso ?? "", note,
            ]
        }
        return CSV.text([header] + rows)
    }

    /// A plain number with a fixed number of decimal places and a full stop: "12.50".
    static func number(_ value: Double, places: Int) -> String {
        String(format: "%.\(places)f", value)
    }
}
