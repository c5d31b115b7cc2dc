import SSPWikiTemplates

/// `provision-map.html`: every additional provision of the active plans, grouped by PEaSS
/// entry, with minutes and costs, and totals per child, per role and for the setting.
struct ProvisionMapPageModel: TemplateModel {
    /// One provision of one plan.
    struct Row: TemplateModel {
        var name: String
        var url: String
        var what: String
        var who: String?
        var role: String?
        var howOften: String?
        var minutes: Int?
        var minutesPerWeek: String?
        var costPerWeek: String?
        var costPerTerm: String?
        var rowNotQuantified: Bool
        var noRate: Bool
        static let templateFields = TemplateFields<Row>([
            .value("name", \.name), .value("url", \.url), .value("what", \.what), .value("who", \.who),
            .value("role", \.role), .value("howOften", \.howOften), .value("minutes", \.minutes),
            .value("minutesPerWeek", \.minutesPerWeek), .value("costPerWeek", \.costPerWeek),
            .value("costPerTerm", \.costPerTerm), .value("rowNotQuantified", \.rowNotQuantified),
            .value("noRate", \.noRate),
        ])
    }

    /// Minutes and costs summed over some rows.
    struct Total: TemplateModel {
        var minutesPerWeek: String
        var costPerWeek: String?
        var costPerTerm: String?
        var totalNotQuantified: Int?
        var totalNotCosted: Int?
        static let templateFields = TemplateFields<Total>([
            .value("minutesPerWeek", \.minutesPerWeek), .value("costPerWeek", \.costPerWeek),
            .value("costPerTerm", \.costPerTerm), .value("totalNotQuantified", \.totalNotQuantified),
            .value("totalNotCosted", \.totalNotCosted),
        ])
    }

    /// The rows of one PEaSS entry (or of provision named by its words).
    struct Group: TemplateModel {
        var title: String
        var url: String?
        var anchor: String
        var rows: [Row]
        var total: Total
        var rowsLeftOut: Int?
        static let templateFields = TemplateFields<Group>([
            .value("title", \.title), .value("url", \.url), .value("anchor", \.anchor), .list("rows", \.rows),
            .object("total", \.total), .value("rowsLeftOut", \.rowsLeftOut),
        ])
    }

    struct PlanTotal: TemplateModel {
        var name: String
        var url: String
        var total: Total
        static let templateFields = TemplateFields<PlanTotal>([
            .value("name", \.name), .value("url", \.url), .object("total", \.total),
        ])
    }

    struct RoleTotal: TemplateModel {
        var role: String
        var rate: String?
        var total: Total?
        static let templateFields = TemplateFields<RoleTotal>([
            .value("role", \.role), .value("rate", \.rate), .object("total", \.total),
        ])
    }

    var frame: PageFrame
    var groups: [Group]
    var overview: OverviewNoteModel?
    var byPlan: [PlanTotal]
    var byRole: [RoleTotal]
    var settingTotal: Total
    var unquantified: [Row]
    /// Each staff role's hourly rate (`total` is not set).
    var rates: [RoleTotal]
    var weeksPerTerm: Int
    var rowCount: Int
    static let templateFields = TemplateFields<ProvisionMapPageModel>(
        including: \.frame,
        [
            .list("groups", \.groups), .object("overview", \.overview), .list("byPlan", \.byPlan),
            .list("byRole", \.byRole), .object("settingTotal", \.settingTotal), .list("unquantified", \.unquantified),
            .list("rates", \.rates), .value("hasRates") { !$0.rates.isEmpty }, .value("weeksPerTerm", \.weeksPerTerm),
            .value("rowCount", \.rowCount),
        ])
}
