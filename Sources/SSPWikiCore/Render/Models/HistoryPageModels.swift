import SSPWikiTemplates

/// `plans/<id>/history.html`: every revision of one plan, newest first, with word diffs.
struct PlanHistoryPageModel: TemplateModel {
    /// A revision with the words it changed.
    struct Row: TemplateModel {
        var revision: RevisionRowModel
        var diffHtml: String?
        var wordsChanged: String?
        static let templateFields = TemplateFields<Row>(
            including: { $0.revision },
            [
                .value("diffHtml") { $0.diffHtml }, .value("wordsChanged") { $0.wordsChanged },
            ])
    }

    struct Plan: TemplateModel {
        var name: String
        var url: String
        var uncommitted: Bool
        static let templateFields = TemplateFields<Plan>([
            .value("name") { $0.name }, .value("url") { $0.url }, .value("uncommitted") { $0.uncommitted },
        ])
    }

    var frame: PageFrame
    var plan: Plan
    var revisions: [Row]
    static let templateFields = TemplateFields<PlanHistoryPageModel>(
        including: { $0.frame },
        [
            .object("plan") { $0.plan }, .list("revisions") { $0.revisions },
            .list("milestones") { $0.revisions.filter { $0.revision.startsCycle || $0.revision.recordsReview } },
        ])
}

/// A page of the site named in a list of changes.
struct ChangedPageModel: TemplateModel {
    var page: String
    var pageURL: String
    var kind: String
    static let templateFields = TemplateFields<ChangedPageModel>([
        .value("page") { $0.page }, .value("pageURL") { $0.pageURL }, .value("kind") { $0.kind },
    ])
}

/// `changes.html`: the newest revisions across all plans and pages, grouped by day.
struct ChangesPageModel: TemplateModel {
    struct Row: TemplateModel {
        var revision: RevisionRowModel
        var page: ChangedPageModel
        var historyURL: String?
        static let templateFields = TemplateFields<Row>(
            RevisionRowModel.templateFields.fields.map { $0.lifted { $0.revision } }
                + ChangedPageModel.templateFields.fields.map { $0.lifted { $0.page } }
                + [.value("historyURL") { $0.historyURL }])
    }

    struct Day: TemplateModel {
        var date: String
        var revisions: [Row]
        static let templateFields = TemplateFields<Day>([.value("date") { $0.date }, .list("revisions") { $0.revisions }])
    }

    var frame: PageFrame
    var days: [Day]
    var count: Int
    var limit: Int
    var uncommitted: [ChangedPageModel]
    static let templateFields = TemplateFields<ChangesPageModel>(
        including: { $0.frame },
        [
            .list("days") { $0.days }, .value("count") { $0.count }, .value("limit") { $0.limit },
            .list("uncommitted") { $0.uncommitted },
        ])
}

/// A past version whose front matter cannot be read: its text and the error.
struct PlanSourcePageModel: TemplateModel {
    struct Source: TemplateModel {
        var name: String
        var text: String
        var error: String
        var path: String
        static let templateFields = TemplateFields<Source>([
            .value("name") { $0.name }, .value("text") { $0.text }, .value("error") { $0.error }, .value("path") { $0.path },
        ])
    }

    var frame: PageFrame
    var pastVersion: PastVersionModel
    var source: Source
    static let templateFields = TemplateFields<PlanSourcePageModel>(
        including: { $0.frame },
        [
            .object("pastVersion") { $0.pastVersion }, .object("source") { $0.source },
        ])
}
