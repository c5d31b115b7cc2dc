import SSPWikiTemplates

/// The note over a split overview page's first rows, with the year-group pages that list all.
struct OverviewNoteModel: TemplateModel {
    struct Part: TemplateModel {
        var title: String
        var url: String
        var count: Int
        static let templateFields = TemplateFields<Part>([
            .value("title") { $0.title }, .value("url") { $0.url }, .value("count") { $0.count },
        ])
    }

    var shown: Int
    var total: Int
    var noun: String
    var parts: [Part]
    static let templateFields = TemplateFields<OverviewNoteModel>([
        .value("shown") { $0.shown }, .value("total") { $0.total }, .value("noun") { $0.noun }, .list("parts") { $0.parts },
    ])
}

/// A label with a count (and a link): one row of the dashboard's "at a glance" tables.
struct CountModel: TemplateModel {
    var label: String
    var count: Int
    var url: String?
    static let templateFields = TemplateFields<CountModel>([
        .value("label") { $0.label }, .value("count") { $0.count }, .value("url") { $0.url },
    ])
}

/// A plan in a list of reviews: its row with which of the review lists show it on the build day.
struct ReviewItemModel: TemplateModel {
    var row: PlanRowModel
    // Rows for every state are in the page; the build day's result shows, and reviews.js
    // shows and hides them again for the reader's day.
    var hiddenUnlessOverdue: Bool
    var hiddenUnlessSoon: Bool
    var hiddenIfOverdue: Bool
    static let templateFields = TemplateFields<ReviewItemModel>(
        including: { $0.row },
        [
            .value("hiddenUnlessOverdue") { $0.hiddenUnlessOverdue }, .value("hiddenUnlessSoon") { $0.hiddenUnlessSoon },
            .value("hiddenIfOverdue") { $0.hiddenIfOverdue },
        ])
}

/// An EHCP annual review on the dashboard and the reviews page.
struct AnnualReviewModel: TemplateModel {
    var id: String
    var name: String
    var url: String
    var date: String
    var dateISO: String
    var stateKey: String
    var stateLabel: String?
    static let templateFields = TemplateFields<AnnualReviewModel>([
        .value("id") { $0.id }, .value("name") { $0.name }, .value("url") { $0.url }, .value("date") { $0.date },
        .value("dateISO") { $0.dateISO }, .value("stateKey") { $0.stateKey }, .value("stateLabel") { $0.stateLabel },
    ])
}

/// The dashboard's filters over its table of plans (class, year, need, stage, case holder).
struct PlanFiltersModel: TemplateModel {
    struct Choice: TemplateModel {
        var key: String
        var label: String
        var options: [String]
        static let templateFields = TemplateFields<Choice>([
            .value("key") { $0.key }, .value("label") { $0.label },
            .list("options") { $0.options.map { Option(value: $0) } },
        ])
    }

    struct Option: TemplateModel {
        var value: String
        static let templateFields = TemplateFields<Option>([.value("value") { $0.value }])
    }

    var choices: [Choice]
    static let templateFields = TemplateFields<PlanFiltersModel>([.list("choices") { $0.choices }])
}

/// The line on the home page: how many plans in use have something to check.
struct QualitySummaryModel: TemplateModel {
    var checked: Int
    var flagged: Int
    var url: String
    static let templateFields = TemplateFields<QualitySummaryModel>([
        .value("checked") { $0.checked }, .value("flagged") { $0.flagged }, .value("url") { $0.url },
    ])
}

/// The setting's need profile as a table: the chart's text alternative.
struct NeedTableModel: TemplateModel {
    struct Level: TemplateModel {
        var level: Int
        static let templateFields = TemplateFields<Level>([.value("level") { $0.level }])
    }

    struct Row: TemplateModel {
        var title: String
        var url: String
        var total: Int
        var cells: [Cell]
        static let templateFields = TemplateFields<Row>([
            .value("title") { $0.title }, .value("url") { $0.url }, .value("total") { $0.total }, .list("cells") { $0.cells },
        ])
    }

    struct Cell: TemplateModel {
        var value: String
        var cellURL: String?
        static let templateFields = TemplateFields<Cell>([.value("value") { $0.value }, .value("cellURL") { $0.cellURL }])
    }

    var levels: [Level]
    var rows: [Row]
    static let templateFields = TemplateFields<NeedTableModel>([.list("levels") { $0.levels }, .list("rows") { $0.rows }])
}
