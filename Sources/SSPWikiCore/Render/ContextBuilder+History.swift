/// History on plan pages, each plan's history page, and pages for past versions.
extension ContextBuilder {
    /// Adds "last changed", the link to the history and the "not yet committed" note to a plan page.
    func addHistory(to context: inout [String: Any], of plan: Plan) {
        guard model.history.available, var p = context["plan"] as? [String: Any] else { return }
        let ref = PageRef(.plan, plan.id)
        let root = HTML.root(for: ref.sitePath)
        p["historyURL"] = root + historyPath(plan.id)
        if let last = model.history.revisions[ref]?.first { p["lastChange"] = revisionRow(last, root: root) }
        if model.history.uncommitted.contains(ref) { p["uncommitted"] = true }
        context["plan"] = p
    }

    func historyPath(_ id: String) -> String { "plans/\(id)/history.html" }

    /// Every revision of one plan, newest first, with summaries and word diffs.
    func planHistoryPage(_ plan: Plan) -> [String: Any] {
        let ref = PageRef(.plan, plan.id)
        let sitePath = historyPath(plan.id)
        let root = HTML.root(for: sitePath)
        var context = frame(sitePath: sitePath, title: "History of \(plan.name)'s plan", nav: "plans")
        let rows = (model.history.revisions[ref] ?? []).map { revision in
            var row = revisionRow(revision, root: root)
            if let previous = revision.previous, let old = model.history.versions[previous],
               let new = model.history.versions[revision.version], old.diffText != new.diffText {
                let diff = WordDiff(from: old.diffText, to: new.diffText)
                if !diff.isEmpty {
                    row["diffHtml"] = diff.html
                    row["wordsChanged"] = "\(diff.wordsAdded) word\(diff.wordsAdded == 1 ? "" : "s") added, \(diff.wordsRemoved) removed"
                }
            }
            return row
        }
        context["plan"] = compact([
            "name": plan.name, "url": root + ref.sitePath,
            "uncommitted": model.history.uncommitted.contains(ref) ? true : nil,
        ])
        context["revisions"] = rows
        context["milestones"] = rows.filter { $0["startsCycle"] != nil || $0["recordsReview"] != nil }
        context["pageClass"] = "history-page"
        return context
    }

    /// A plan as it stood at a past revision, on the plan template with a banner.
    func pastPlanPage(_ revision: Revision) -> [String: Any] {
        guard case .plan(let plan)? = model.history.versions[revision.version], let sitePath = revision.versionPath else { return [:] }
        var context = planContext(plan, sitePath: sitePath, links: graph.pastResolved[revision.version] ?? [])
        if var p = context["plan"] as? [String: Any] {
            // Backlinks and "overdue" describe the plan today, not as it was.
            p["linkedFrom"] = nil
            p["reviewLabel"] = nil
            context["plan"] = p
        }
        let banner = pastVersion(revision, sitePath: sitePath)
        context["pastVersion"] = banner
        context["title"] = "\(plan.name), past version of \(banner["date"] ?? "")"
        context["pageClass"] = "plan-page past-version"
        return context
    }

    /// A past version whose front matter cannot be read: its text and the error.
    func pastSourcePage(_ revision: Revision) -> [String: Any] {
        guard case .broken(let text, let message)? = model.history.versions[revision.version],
              let sitePath = revision.versionPath else { return [:] }
        let banner = pastVersion(revision, sitePath: sitePath)
        var context = frame(sitePath: sitePath, title: "\(graph.title(of: revision.ref)), past version of \(banner["date"] ?? "")",
                            nav: "plans")
        context["pastVersion"] = banner
        context["source"] = ["name": graph.title(of: revision.ref), "text": text, "error": message, "path": revision.change.path]
        context["pageClass"] = "past-version"
        return context
    }

    /// The banner of a past version: when, who, and links back to the plan and its history.
    func pastVersion(_ revision: Revision, sitePath: String) -> [String: Any] {
        let root = HTML.root(for: sitePath)
        var banner = revisionRow(revision, root: root)
        banner["currentURL"] = root + revision.ref.sitePath
        banner["historyURL"] = root + historyPath(revision.ref.id)
        return banner
    }

    /// The values every list of revisions shows.
    func revisionRow(_ revision: Revision, root: String) -> [String: Any] {
        let commit = revision.commit
        return compact([
            "hash": commit.shortHash, "date": commit.day?.long ?? commit.dateISO, "dateISO": commit.dateISO,
            "time": commit.time, "author": commit.author, "subject": commit.subject, "details": commit.details,
            "merge": commit.isMerge ? true : nil,
            "summary": revision.summary.lines,
            // Not "review": plan contexts use that key for the review date.
            "startsCycle": revision.summary.startsNewCycle ? true : nil,
            "recordsReview": revision.summary.recordsReview ? true : nil,
            "versionURL": revision.versionPath.map { root + $0 },
            "isCurrent": revision.versionPath == revision.ref.sitePath ? true : nil,
        ])
    }
}
