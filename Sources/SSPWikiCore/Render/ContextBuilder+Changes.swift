/// `changes.html`: the newest revisions across all plans and pages, grouped by day.
extension ContextBuilder {
    func changesPage() -> [String: Any] {
        var context = frame(sitePath: "changes.html", title: "Recent changes", nav: "changes")
        var days: [[String: Any]] = []
        var current: (date: String, rows: [[String: Any]])?
        for revision in model.history.recent {
            var row = revisionRow(revision, root: "").plainDictionary
            row["page"] = graph.title(of: revision.ref)
            row["pageURL"] = revision.ref.sitePath
            row["kind"] = revision.ref.kind.label
            if revision.ref.kind == .plan { row["historyURL"] = SitePaths.history(ofPlan: revision.ref.id) }
            let date = row["date"] as? String ?? ""
            if current?.date != date {
                if let done = current { days.append(["date": done.date, "revisions": done.rows]) }
                current = (date, [])
            }
            current?.rows.append(row)
        }
        if let done = current { days.append(["date": done.date, "revisions": done.rows]) }
        context["days"] = days
        context["count"] = model.history.recent.count
        context["limit"] = SiteHistory.recentLimit
        context["uncommitted"] = model.history.uncommitted.sorted().map { ref in
            ["page": graph.title(of: ref), "pageURL": ref.sitePath, "kind": ref.kind.label]
        }
        context["pageClass"] = "changes-page"
        return context
    }
}
