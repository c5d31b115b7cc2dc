import SSPWikiTemplates

/// `plans/<id>/history.html`: every revision of one plan, newest first, with word diffs.
struct PlanHistoryPageModel: TemplateModel {
    /// A revision with the words it changed.
    struct Row: TemplateModel {
        var revision: RevisionRowModel
        var diffHtml: String?
        var wordsChanged: String?
        static let templateFields = TemplateFields<Row>(
            including: \.revision,
            [
                .value("diffHtml", \.diffHtml), .value("wordsChanged", \.wordsChanged),
            ])
    }

    struct Plan: TemplateModel {
        var name: String
        var url: String
        var uncommitted: Bool
        static let templateFields = TemplateFields<Plan>([
            .value("name", \.name), .value("url", \.url), .value("uncommitted", \.uncommitted),
        ])
    }

    var frame: PageFrame
    var plan: Plan
    var revisions: [Row]
    static let templateFields = TemplateFields<PlanHistoryPageModel>(
        including: \.frame,
        [
            .object("plan", \.plan), .list("revisions", \.revisions),
            .list("milestones") { $0.revisions.filter { $0.revision.startsCycle || $0.revision.recordsReview } },
        ])
}

/// A page of the site named in a list of changes.
struct ChangedPageModel: TemplateModel {
    var page: String
    var pageURL: String
    var kind: String
    static let templateFields = TemplateFields<ChangedPageModel>([
        .value("page", \.page), .value("pageURL", \.pageURL), .value("kind", \.kind),
    ])
}

/// `changes.html`: the newest revisions across all plans and pages, grouped by day.
struct ChangesPageModel: TemplateModel {
    struct Row: TemplateModel {
        var revision: RevisionRowModel
        var page: ChangedPageModel
        var historyURL: String?
        static let templateFields = TemplateFields<Row>(
            RevisionRowModel.templateFields.fields.map { $0.lifted(\.revision) }
                + ChangedPageModel.templateFields.fields.map { $0.lifted(\.page) }
                + [.value("historyURL", \.historyURL)])
    }

    struct Day: TemplateModel {
        var date: String
        var revisions: [Row]
        static let templateFields = TemplateFields<Day>([.value("date", \.date), .list("revisions", \.revisions)])
    }

    var frame: PageFrame
    var days: [Day]
    var count: Int
    var limit: Int
    var uncommitted: [ChangedPageModel]
    static let templateFields = TemplateFields<ChangesPageModel>(
        including: \.frame,
        [
            .list("days", \.days), .value("count", \.count), .value("limit", \.limit),
            .list("uncommitted", \.uncommitted),
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
            .value("name", \.name), .value("text", \.text), .value("error", \.error), .value("path", \.path),
        ])
    }

    var frame: PageFrame
    var pastVersion: PastVersionModel
    var source: Source
    static let templateFields = TemplateFields<PlanSourcePageModel>(
        including: \.frame,
        [
            .object("pastVersion", \.pastVersion), .object("source", \.source),
        ])
}
