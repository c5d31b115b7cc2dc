import Foundation

/// `provision-map.html`: every additional provision of the active plans, grouped by PEaSS
/// entry, with minutes and costs, and totals per child, per role and for the setting.
extension ContextBuilder {
    /// In a large setting (`overview` split), the groups hold only the first rows (their
    /// totals stay whole), with a note linking the year groups' provision maps.
    func provisionMapPage(_ map: ProvisionMap, _ overview: OverviewParts = .unsplit) -> ProvisionMapPageModel {
        var left = overview.isSplit ? OverviewParts.firstRows : Int.max
        let groups = map.groups.map { group in
            let rows = Array(group.rows.prefix(left))
            left -= rows.count
            return ProvisionMapPageModel.Group(
                title: group.title, url: group.peass.map { SitePaths.peass($0) },
                anchor: "provision-" + Slug.make(group.peass ?? group.title),
                rows: rows.map(provisionRow), total: total(group.total),
                rowsLeftOut: rows.count < group.rows.count ? group.rows.count - rows.count : nil)
        }
        let rates = model.config.staffRates
        return ProvisionMapPageModel(
            frame: pageFrame(sitePath: "provision-map.html", title: "Provision map", nav: "provision-map"), groups: groups,
            overview: overviewNote(
                overview, base: "provision-map", shown: min(map.rows.count, OverviewParts.firstRows),
                total: map.rows.count, noun: "provisions"),
            byPlan: overview.firstRows(map.byPlan).map { item in
                .init(name: item.plan.name, url: SitePaths.plan(item.plan.id), total: total(item.total))
            },
            byRole: map.byRole.map { item in
                .init(role: item.role, rate: rates[item.role].map(Self.money), total: total(item.total))
            },
            settingTotal: total(map.setting), unquantified: overview.firstRows(map.notQuantified).map(provisionRow),
            rates: rates.keys.sorted().map { .init(role: $0, rate: Self.money(rates[$0]!)) },
            weeksPerTerm: Int(ProvisionMap.weeksPerTerm), rowCount: map.rows.count)
    }

    func provisionRow(_ row: ProvisionMap.Row) -> ProvisionMapPageModel.Row {
        let p = row.provision
        return ProvisionMapPageModel.Row(
            name: row.plan.name, url: SitePaths.plan(row.plan.id), what: p.what, who: p.who, role: row.role,
            howOften: p.howOften?.plain ?? p.howOftenText, minutes: p.minutes,
            minutesPerWeek: row.minutesPerWeek.map(Self.minutes),
            costPerWeek: row.costPerWeek.map(Self.money), costPerTerm: row.costPerTerm.map(Self.money),
            rowNotQuantified: !row.isQuantified, noRate: row.isQuantified && row.rate == nil)
    }

    func total(_ total: ProvisionMap.Total) -> ProvisionMapPageModel.Total {
        ProvisionMapPageModel.Total(
            minutesPerWeek: Self.minutes(total.minutesPerWeek),
            costPerWeek: total.costed > 0 ? Self.money(total.costPerWeek) : nil,
            costPerTerm: total.costed > 0 ? Self.money(total.costPerTerm) : nil,
            totalNotQuantified: total.notQuantified > 0 ? total.notQuantified : nil,
            totalNotCosted: total.notCosted > 0 ? total.notCosted : nil)
    }

    /// "£12.40", "£1,129.70".
    static func money(_ value: Double) -> String {
        let text = String(format: "%.2f", value)
        let whole = text.prefix(while: { $0 != "." })
        var grouped = ""
        for (n, digit) in whole.reversed().enumerated() {
            if n > 0 && n % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return "£" + String(grouped.reversed()) + text.drop(while: { $0 != "." })
    }
}
