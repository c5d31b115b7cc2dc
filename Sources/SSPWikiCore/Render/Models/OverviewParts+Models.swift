import SSPWikiTemplates

/// The note over a split overview page's first rows, with the year-group pages that list all.
struct OverviewNoteModel: TemplateModel {
    struct Part: TemplateModel {
        var title: String
        var url: String
        var count: Int
        static let templateFields = TemplateFields<Part>([
            .value("title", \.title), .value("url", \.url), .value("count", \.count),
        ])
    }

    var shown: Int
    var total: Int
    var noun: String
    var parts: [Part]
    static let templateFields = TemplateFields<OverviewNoteModel>([
        .value("shown", \.shown), .value("total", \.total), .value("noun", \.noun), .list("parts", \.parts),
    ])
}

/// A label with a count (and a link): one row of the dashboard's "at a glance" tables.
struct CountModel: TemplateModel {
    var label: String
    var count: Int
    var url: String?
    static let templateFields = TemplateFields<CountModel>([
        .value("label", \.label), .value("count", \.count), .value("url", \.url),
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
        including: \.row,
        [
            .value("hiddenUnlessOverdue", \.hiddenUnlessOverdue), .value("hiddenUnlessSoon", \.hiddenUnlessSoon),
            .value("hiddenIfOverdue", \.hiddenIfOverdue),
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
        .value("id", \.id), .value("name", \.name), .value("url", \.url), .value("date", \.date),
        .value("dateISO", \.dateISO), .value("stateKey", \.stateKey), .value("stateLabel", \.stateLabel),
    ])
}

/// The dashboard's filters over its table of plans (class, year, need, stage, case holder).
struct PlanFiltersModel: TemplateModel {
    struct Choice: TemplateModel {
        var key: String
        var label: String
        var options: [String]
        static let templateFields = TemplateFields<Choice>([
            .value("key", \.key), .value("label", \.label),
            .list("options") { $0.options.map { Option(value: $0) } },
        ])
    }

    struct Option: TemplateModel {
        var value: String
        static let templateFields = TemplateFields<Option>([.value("value", \.value)])
    }

    var choices: [Choice]
    static let templateFields = TemplateFields<PlanFiltersModel>([.list("choices", \.choices)])
}

/// The line on the home page: how many plans in use have something to check.
struct QualitySummaryModel: TemplateModel {
    var checked: Int
    var flagged: Int
    var url: String
    static let templateFields = TemplateFields<QualitySummaryModel>([
        .value("checked", \.checked), .value("flagged", \.flagged), .value("url", \.url),
    ])
}

/// The setting's need profile as a table: the chart's text alternative.
struct NeedTableModel: TemplateModel {
    struct Level: TemplateModel {
        var level: Int
        static let templateFields = TemplateFields<Level>([.value("level", \.level)])
    }

    struct Row: TemplateModel {
        var title: String
        var url: String
        var total: Int
        var cells: [Cell]
        static let templateFields = TemplateFields<Row>([
            .value("title", \.title), .value("url", \.url), .value("total", \.total), .list("cells", \.cells),
        ])
    }

    struct Cell: TemplateModel {
        var value: String
        var cellURL: String?
        static let templateFields = TemplateFields<Cell>([.value("value", \.value), .value("cellURL", \.cellURL)])
    }

    var levels: [Level]
    var rows: [Row]
    static let templateFields = TemplateFields<NeedTableModel>([.list("levels", \.levels), .list("rows", \.rows)])
}
