/// Pages made from the git history: recent changes, each plan's history, past versions.
extension SiteRenderer {
    func historyJobs(_ model: ContentModel, history: SiteHistory, impact: ImpactModel?) -> [Job] {
        guard history.available else { return [] }
        var jobs: [Job] = [.page("changes.html", "changes", model: { $0.changesPage() })]
        if let impact {
            jobs.append(.page("impact.html", "impact", model: { $0.impactPage(impact) }))
            jobs.append(.text("impact.csv") { _ in ImpactCSV.text(impact) })
        }
        for plan in model.publishedPlans {
            jobs.append(
                .page(
                    SitePaths.history(ofPlan: plan.id), "plan-history", inputs: .history(plan.id),
                    model: { $0.planHistoryPage(plan) }))
            jobs.append(
                .page(
                    SitePaths.progress(ofPlan: plan.id), "progress", inputs: .page(PageRef(.plan, plan.id)),
                    model: { $0.progressPage(plan) }))
        }
        // One page per distinct past text; a text that is the current plan is not rendered again.
        for revision in history.pastVersionPages {
            guard let path = revision.versionPath else { continue }
            switch history.versions[revision.version] {
            case .plan?: jobs.append(.page(path, "plan", inputs: .version(revision), model: { $0.pastPlanPage(revision) }))
            case .broken?:
                jobs.append(.page(path, "plan-source", inputs: .version(revision), model: { $0.pastSourcePage(revision) }))
            default: break
            }
        }
        return jobs
    }
}
