/// `changes.html`: the newest revisions across all plans and pages, grouped by day.
extension ContextBuilder {
    func changesPage() -> ChangesPageModel {
        var frame = pageFrame(sitePath: "changes.html", title: "Recent changes", nav: "changes")
        frame.pageClass = "changes-page"
        var days: [ChangesPageModel.Day] = []
        for revision in history.recent {
            let row = ChangesPageModel.Row(
                revision: revisionRow(revision, root: ""), page: changedPage(revision.ref),
                historyURL: revision.ref.kind == .plan ? SitePaths.history(ofPlan: revision.ref.id) : nil)
            if days.last?.date != row.revision.date { days.append(.init(date: row.revision.date, revisions: [])) }
            days[days.count - 1].revisions.append(row)
        }
        return ChangesPageModel(
            frame: frame, days: days, count: history.recent.count, limit: SiteHistory.recentLimit,
            uncommitted: history.uncommitted.sorted().map(changedPage))
    }

    func changedPage(_ ref: PageRef) -> ChangedPageModel {
        ChangedPageModel(page: graph.title(of: ref), pageURL: ref.sitePath, kind: ref.kind.label)
    }
}
