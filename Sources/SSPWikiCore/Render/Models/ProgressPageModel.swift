import SSPWikiTemplates

/// `plans/<id>/progress.html`: a plan's cycles, each target across them, provision time and
/// need levels.
struct ProgressPageModel: TemplateModel {
    struct Plan: TemplateModel {
        var name: String
        var url: String
        var historyURL: String
        static let templateFields = TemplateFields<Plan>([
            .value("name", \.name), .value("url", \.url), .value("historyURL", \.historyURL),
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
            .value("index", \.index), .value("planNumber", \.planNumber), .value("start", \.start),
            .value("reviewed", \.reviewed), .value("due", \.due), .value("open", \.open),
            .value("late", \.late), .value("decision", \.decision), .value("targets", \.targets),
            .list("outcomes", \.outcomes), .value("minutesPerWeek", \.minutesPerWeek),
        ])
    }

    /// A column of a table: one cycle.
    struct Column: TemplateModel {
        var index: Int
        var planNumber: Int?
        static let templateFields = TemplateFields<Column>([.value("index", \.index), .value("planNumber", \.planNumber)])
    }

    struct Cell: TemplateModel {
        var value: String
        static let templateFields = TemplateFields<Cell>([.value("value", \.value)])
    }

    /// A target followed across cycles (`thread`), or an INDES section's level in each cycle.
    struct Row: TemplateModel {
        var thread: String?
        var outcome: String?
        var title: String?
        var url: String?
        var cells: [Cell]
        static let templateFields = TemplateFields<Row>([
            .value("thread", \.thread), .value("outcome", \.outcome), .value("title", \.title),
            .value("url", \.url), .list("cells", \.cells),
        ])
    }

    struct Table: TemplateModel {
        var columns: [Column]
        var rows: [Row]
        var chartHtml: String?
        static let templateFields = TemplateFields<Table>([
            .list("columns", \.columns), .list("rows", \.rows), .value("chartHtml", \.chartHtml),
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
        including: \.frame,
        [
            .object("plan", \.plan), .list("cycles", \.cycles), .list("outcomeKey") { _ in OutcomeKeyModel.all },
            .value("outcomeChartHtml", \.outcomeChartHtml), .value("minutesChartHtml", \.minutesChartHtml),
            .object("targetTable", \.targetTable), .object("needTable", \.needTable),
        ])
}
