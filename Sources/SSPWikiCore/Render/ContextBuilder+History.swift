/// History on plan pages, each plan's history page, and pages for past versions.
extension ContextBuilder {
    /// Adds "last changed", the link to the history and the "not yet committed" note to a plan page.
    func addHistory(to p: inout PlanModel, of plan: Plan) {
        guard history.available else { return }
        let ref = PageRef(.plan, plan.id)
        let root = HTML.root(for: ref.sitePath)
        p.historyURL = root + SitePaths.history(ofPlan: plan.id)
        p.lastChange = history.revisions[ref]?.first.map { revisionRow($0, root: root) }
        p.uncommitted = history.uncommitted.contains(ref)
    }

    /// Every revision of one plan, newest first, with summaries and word diffs.
    func planHistoryPage(_ plan: Plan) -> PlanHistoryPageModel {
        let ref = PageRef(.plan, plan.id)
        let sitePath = SitePaths.history(ofPlan: plan.id)
        let root = HTML.root(for: sitePath)
        var frame = pageFrame(sitePath: sitePath, title: "History of \(plan.name)'s plan", nav: "plans")
        frame.pageClass = "history-page"
        let rows = (history.revisions[ref] ?? []).map { revision in
            var row = PlanHistoryPageModel.Row(revision: revisionRow(revision, root: root))
            if let previous = revision.previous, let old = history.versions[previous],
                let new = history.versions[revision.version], old.diffText != new.diffText
            {
                let diff = WordDiff(from: old.diffText, to: new.diffText)
                if !diff.isEmpty {
                    row.diffHtml = diff.html
                    row.wordsChanged =
                        "\(diff.wordsAdded) word\(diff.wordsAdded == 1 ? "" : "s") added, \(diff.wordsRemoved) removed"
                }
            }
            return row
        }
        return PlanHistoryPageModel(
            frame: frame,
            plan: .init(name: plan.name, url: root + ref.sitePath, uncommitted: history.uncommitted.contains(ref)),
            revisions: rows)
    }

    /// A plan as it stood at a past revision, on the plan template with a banner.
    func pastPlanPage(_ revision: Revision) -> PlanPageModel? {
        guard case .plan(let plan)? = history.versions[revision.version], let sitePath = revision.versionPath else {
            return nil
        }
        var page = planPageModel(plan, sitePath: sitePath, links: graph.pastResolved[revision.version] ?? [])
        // Backlinks and "overdue" describe the plan today, not as it was.
        page.plan.linkedFrom = nil
        page.plan.row.reviewLabel = nil
        let banner = pastVersion(revision, sitePath: sitePath)
        page.pastVersion = banner
        page.frame.title = "\(plan.name), past version of \(banner.revision.date)"
        page.frame.pageClass = "plan-page past-version"
        return page
    }

    /// A past version whose front matter cannot be read: its text and the error.
    func pastSourcePage(_ revision: Revision) -> PlanSourcePageModel? {
        guard case .broken(let text, let message)? = history.versions[revision.version],
            let sitePath = revision.versionPath
        else { return nil }
        let banner = pastVersion(revision, sitePath: sitePath)
        var frame = pageFrame(
            sitePath: sitePath, title: "\(graph.title(of: revision.ref)), past version of \(banner.revision.date)",
            nav: "plans")
        frame.pageClass = "past-version"
        return PlanSourcePageModel(
            frame: frame, pastVersion: banner,
            source: .init(name: graph.title(of: revision.ref), text: text, error: message, path: revision.change.path))
    }

    /// The banner of a past version: when, who, and links back to the plan and its history.
    func pastVersion(_ revision: Revision, sitePath: String) -> PastVersionModel {
        let root = HTML.root(for: sitePath)
        return PastVersionModel(
            revision: revisionRow(revision, root: root), currentURL: root + revision.ref.sitePath,
            historyURL: root + SitePaths.history(ofPlan: revision.ref.id))
    }

    /// The values every list of revisions shows.
    func revisionRow(_ revision: Revision, root: String) -> RevisionRowModel {
        let commit = revision.commit
        return RevisionRowModel(
            hash: commit.shortHash, date: commit.day?.long ?? commit.dateISO, dateISO: commit.dateISO, time: commit.time,
            author: commit.author, subject: commit.subject, details: commit.details, summary: revision.summary.lines,
            startsCycle: revision.summary.startsNewCycle, recordsReview: revision.summary.recordsReview,
            versionURL: revision.versionPath.map { root + $0 }, isCurrent: revision.versionPath == revision.ref.sitePath)
    }
}
