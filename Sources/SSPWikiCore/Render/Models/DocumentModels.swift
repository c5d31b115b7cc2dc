import SSPWikiTemplates

/// One version of a plan as an exported document shows it: the plan page's values without
/// what names or links other pages (`hidden`), with photos and reports as the document holds them.
struct DocumentPlanModel: TemplateModel {
    var plan: PlanModel
    /// The cycle's number in an evidence pack, and when the version was committed.
    var cycleNumber: Int?
    var committed: String?
    var adjustmentTexts: [String]

    /// Plan values a document never shows: other pages' addresses and ids, the quality
    /// findings and commit details.
    static let hidden: Set<String> = [
        "quality", "linkedFrom", "related", "id", "url", "classURL", "teacherURL", "caseHolderURL",
        "historyURL", "lastChange",
    ]

    static let templateFields = TemplateFields<DocumentPlanModel>(
        PlanModel.templateFields.fields.filter { !hidden.contains($0.name) }.map { $0.lifted(\.plan) } + [
            .value("cycleNumber", \.cycleNumber), .value("committed", \.committed),
            .values("adjustmentTexts", \.adjustmentTexts),
        ])
}

/// Each target's status at each cycle: one row per target (by its words), one column per cycle.
struct TargetSummaryModel: TemplateModel {
    struct Column: TemplateModel {
        var planNumber: Int
        var reviewed: String
        static let templateFields = TemplateFields<Column>([
            .value("planNumber", \.planNumber), .value("reviewed", \.reviewed),
        ])
    }

    struct Row: TemplateModel {
        var outcome: String
        var cells: [String]
        static let templateFields = TemplateFields<Row>([
            .value("outcome", \.outcome), .list("cells") { $0.cells.map { Cell(status: $0.isEmpty ? "–" : $0) } },
        ])
    }

    struct Cell: TemplateModel {
        var status: String
        static let templateFields = TemplateFields<Cell>([.value("status", \.status)])
    }

    var columns: [Column]
    var rows: [Row]
    static let templateFields = TemplateFields<TargetSummaryModel>([.list("columns", \.columns), .list("rows", \.rows)])
}

/// The body of an exported document (`export-family`, `-child`, `-evidence`, `-transfer`):
/// the plan, or its cycles, with what each kind adds.
struct DocumentModel: TemplateModel {
    struct HistoryEntry: TemplateModel {
        var date: String
        var lines: [String]
        static let templateFields = TemplateFields<HistoryEntry>([.value("date", \.date), .values("lines", \.lines)])
    }

    var title: String
    var setting: String
    var madeOn: String
    var name: String
    var displayName: String
    /// The family's copy: friendlier headings.
    var friendly = false
    var plan: DocumentPlanModel?
    /// An evidence pack's reviewed cycles.
    var cycles: [DocumentPlanModel]?
    var summary: TargetSummaryModel?
    /// A transfer record's earlier cycles, history and agencies.
    var earlier: [DocumentPlanModel]?
    var history: [HistoryEntry]?
    var agencies: [ExternalModel]?

    static let templateFields = TemplateFields<DocumentModel>([
        .value("title", \.title), .value("setting", \.setting), .value("madeOn", \.madeOn),
        .value("name", \.name), .value("displayName", \.displayName), .value("friendly", \.friendly),
        .object("plan", \.plan), .list("cycles", \.cycles), .value("cycleCount") { $0.cycles?.count },
        .object("summary", \.summary), .list("earlier", \.earlier), .list("history", \.history),
        .list("agencies", \.agencies),
    ])
}

/// The page an exported document's body is wrapped in, with its inline style and CSP hash.
struct DocumentPageModel: TemplateModel {
    var title: String
    var kind: String
    var css: String
    var styleHash: String
    var bodyHtml: String
    var setting: String
    var confidentialFor: String?
    static let templateFields = TemplateFields<DocumentPageModel>([
        .value("title", \.title), .value("kind", \.kind), .value("css", \.css), .value("styleHash", \.styleHash),
        .value("bodyHtml", \.bodyHtml), .value("setting", \.setting), .value("confidentialFor", \.confidentialFor),
    ])
}
