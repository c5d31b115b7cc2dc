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
        PlanModel.templateFields.fields.filter { !hidden.contains($0.name) }.map { $0.lifted { $0.plan } } + [
            .value("cycleNumber") { $0.cycleNumber }, .value("committed") { $0.committed },
            .values("adjustmentTexts") { $0.adjustmentTexts },
        ])
}

/// Each target's status at each cycle: one row per target (by its words), one column per cycle.
struct TargetSummaryModel: TemplateModel {
    struct Column: TemplateModel {
        var planNumber: Int
        var reviewed: String
        static let templateFields = TemplateFields<Column>([
            .value("planNumber") { $0.planNumber }, .value("reviewed") { $0.reviewed },
        ])
    }

    struct Row: TemplateModel {
        var outcome: String
        var cells: [String]
        static let templateFields = TemplateFields<Row>([
            .value("outcome") { $0.outcome }, .list("cells") { $0.cells.map { Cell(status: $0.isEmpty ? "–" : $0) } },
        ])
    }

    struct Cell: TemplateModel {
        var status: String
        static let templateFields = TemplateFields<Cell>([.value("status") { $0.status }])
    }

    var columns: [Column]
    var rows: [Row]
    static let templateFields = TemplateFields<TargetSummaryModel>([.list("columns") { $0.columns }, .list("rows") { $0.rows }])
}

/// The body of an exported document (`export-family`, `-child`, `-evidence`, `-transfer`):
/// the plan, or its cycles, with what each kind adds.
struct DocumentModel: TemplateModel {
    struct HistoryEntry: TemplateModel {
        var date: String
        var lines: [String]
        static let templateFields = TemplateFields<HistoryEntry>([.value("date") { $0.date }, .values("lines") { $0.lines }])
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
        .value("title") { $0.title }, .value("setting") { $0.setting }, .value("madeOn") { $0.madeOn },
        .value("name") { $0.name }, .value("displayName") { $0.displayName }, .value("friendly") { $0.friendly },
        .object("plan") { $0.plan }, .list("cycles") { $0.cycles }, .value("cycleCount") { $0.cycles?.count },
        .object("summary") { $0.summary }, .list("earlier") { $0.earlier }, .list("history") { $0.history },
        .list("agencies") { $0.agencies },
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
        .value("title") { $0.title }, .value("kind") { $0.kind }, .value("css") { $0.css }, .value("styleHash") { $0.styleHash },
        .value("bodyHtml") { $0.bodyHtml }, .value("setting") { $0.setting }, .value("confidentialFor") { $0.confidentialFor },
    ])
}
