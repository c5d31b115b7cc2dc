/// The quality page: every plan in use with what the quality rules found, and a summary.
extension SiteRenderer {
    func qualityJobs(_ model: ContentModel) -> [Job] {
        [.page("quality.html", "quality", model: { $0.qualityPage(OverviewParts(plans: $0.model.plans)) })]
    }
}
