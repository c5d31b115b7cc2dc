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
            .value("name") { $0.name }, .value("url") { $0.url }, .value("what") { $0.what }, .value("who") { $0.who },
            .value("role") { $0.role }, .value("howOften") { $0.howOften }, .value("minutes") { $0.minutes },
            .value("minutesPerWeek") { $0.minutesPerWeek }, .value("costPerWeek") { $0.costPerWeek },
            .value("costPerTerm") { $0.costPerTerm }, .value("rowNotQuantified") { $0.rowNotQuantified },
            .value("noRate") { $0.noRate },
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
            .value("minutesPerWeek") { $0.minutesPerWeek }, .value("costPerWeek") { $0.costPerWeek },
            .value("costPerTerm") { $0.costPerTerm }, .value("totalNotQuantified") { $0.totalNotQuantified },
            .value("totalNotCosted") { $0.totalNotCosted },
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
            .value("title") { $0.title }, .value("url") { $0.url }, .value("anchor") { $0.anchor }, .list("rows") { $0.rows },
            .object("total") { $0.total }, .value("rowsLeftOut") { $0.rowsLeftOut },
        ])
    }

    struct PlanTotal: TemplateModel {
        var name: String
        var url: String
        var total: Total
        static let templateFields = TemplateFields<PlanTotal>([
            .value("name") { $0.name }, .value("url") { $0.url }, .object("total") { $0.total },
        ])
    }

    struct RoleTotal: TemplateModel {
        var role: String
        var rate: String?
        var total: Total?
        static let templateFields = TemplateFields<RoleTotal>([
            .value("role") { $0.role }, .value("rate") { $0.rate }, .object("total") { $0.total },
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
        including: { $0.frame },
        [
            .list("groups") { $0.groups }, .object("overview") { $0.overview }, .list("byPlan") { $0.byPlan },
            .list("byRole") { $0.byRole }, .object("settingTotal") { $0.settingTotal }, .list("unquantified") { $0.unquantified },
            .list("rates") { $0.rates }, .value("hasRates") { !$0.rates.isEmpty }, .value("weeksPerTerm") { $0.weeksPerTerm },
            .value("rowCount") { $0.rowCount },
        ])
}
