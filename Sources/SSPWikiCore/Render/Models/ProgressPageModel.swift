import SSPWikiTemplates

/// `plans/<id>/progress.html`: a plan's cycles, each target across them, provision time and
/// need levels.
struct ProgressPageModel: TemplateModel {
    struct Plan: TemplateModel {
        var name: String
        var url: String
        var historyURL: String
        static let templateFields = TemplateFields<Plan>([
            .value("name") { $0.name }, .value("url") { $0.url }, .value("historyURL") { $0.historyURL },
        ])
    }

    struct Cycle: TemplateModel {
        var index: Int
        var planNumber: Int
        var start: String
        var reviewed: String?
        var due: String
        var open: Bool
        var late: Bool
        var decision: String?
        var targets: Int
        var outcomes: [OutcomeCountModel]
        var minutesPerWeek: String
        static let templateFields = TemplateFields<Cycle>([
            .value("index") { $0.index }, .value("planNumber") { $0.planNumber }, .value("start") { $0.start },
            .value("reviewed") { $0.reviewed }, .value("due") { $0.due }, .value("open") { $0.open },
            .value("late") { $0.late }, .value("decision") { $0.decision }, .value("targets") { $0.targets },
            .list("outcomes") { $0.outcomes }, .value("minutesPerWeek") { $0.minutesPerWeek },
        ])
    }

    /// A column of a table: one cycle.
    struct Column: TemplateModel {
        var index: Int
        var planNumber: Int?
        static let templateFields = TemplateFields<Column>([.value("index") { $0.index }, .value("planNumber") { $0.planNumber }])
    }

    struct Cell: TemplateModel {
        var value: String
        static let templateFields = TemplateFields<Cell>([.value("value") { $0.value }])
    }

    /// A target followed across cycles (`thread`), or an INDES section's level in each cycle.
    struct Row: TemplateModel {
        var thread: String?
        var outcome: String?
        var title: String?
        var url: String?
        var cells: [Cell]
        static let templateFields = TemplateFields<Row>([
            .value("thread") { $0.thread }, .value("outcome") { $0.outcome }, .value("title") { $0.title },
            .value("url") { $0.url }, .list("cells") { $0.cells },
        ])
    }

    struct Table: TemplateModel {
        var columns: [Column]
        var rows: [Row]
        var chartHtml: String?
        static let templateFields = TemplateFields<Table>([
            .list("columns") { $0.columns }, .list("rows") { $0.rows }, .value("chartHtml") { $0.chartHtml },
        ])
    }

    var frame: PageFrame
    var plan: Plan
    var cycles: [Cycle]
    var outcomeChartHtml: String?
    var minutesChartHtml: String?
    var targetTable: Table
    var needTable: Table?
    static let templateFields = TemplateFields<ProgressPageModel>(
        including: { $0.frame },
        [
            .object("plan") { $0.plan }, .list("cycles") { $0.cycles }, .list("outcomeKey") { _ in OutcomeKeyModel.all },
            .value("outcomeChartHtml") { $0.outcomeChartHtml }, .value("minutesChartHtml") { $0.minutesChartHtml },
            .object("targetTable") { $0.targetTable }, .object("needTable") { $0.needTable },
        ])
}
