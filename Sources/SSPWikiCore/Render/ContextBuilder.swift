/// Builds the typed page models templates see (`Render/Models/`). Every value is plain text
/// that Mustache escapes, except members ending in `Html`, which hold markup made from
/// Markdown or by this library.
struct ContextBuilder {
    /// What analysis found: the history, the quality findings, the tables worked out once.
    let site: AnalysedSite
    /// The content pages are made from: the site's, or one year group's plans (`scoped(to:)`).
    private(set) var model: ContentModel
    let graph: LinkGraph
    let today: Day
    let glossary: [String: GlossaryTerm]
    let indes: [String: IndesSection]
    let peass: [String: PeassEntry]
    let plansByID: [String: Plan]
    /// Finds glossary terms in front-matter text, for the plan page's list of terms.
    let glossaryMatcher: GlossaryMatcher
    /// True when the values are for a document outside the site (`PlanExporter`): Markdown
    /// links name no other child and glossary terms are plain text.
    var forDocument = false
    /// The year group this builder's overview pages are made for (`scoped(to:)`); nil for
    /// the whole setting.
    var scope: OverviewParts.Part?

    init(site: AnalysedSite, today: Day) {
        self.site = site
        model = site.model
        graph = site.graph
        self.today = today
        glossary = model.glossaryByTerm
        indes = model.indesByID
        peass = model.peassByID
        plansByID = site.plansByID
        glossaryMatcher = site.glossaryMatcher
    }

    /// The git history the audience may see.
    var history: SiteHistory { site.history }
    /// The quality rules' findings for the audience's plans.
    var quality: QualityReport { site.quality }

    /// The same builder over some of the site's plans (one year group's overview pages).
    func limited(to plans: [Plan]) -> ContextBuilder {
        var builder = self
        builder.model.plans = plans
        return builder
    }

    /// Markdown HTML for a page, with links, paths and glossary terms filled in.
    func fill(_ html: String, _ document: MarkdownDocument, page: PageRef, sitePath: String) -> String {
        fill(html, document, resolved: graph.resolved[page] ?? [], sitePath: sitePath)
    }

    /// Markdown HTML with links resolved as `resolved` (for past versions, whose links differ).
    func fill(_ html: String, _ document: MarkdownDocument, resolved: [ResolvedLink?], sitePath: String) -> String {
        MarkdownFiller(root: HTML.root(for: sitePath), graph: graph, glossary: glossary, forDocument: forDocument)
            .fill(html, document: document, resolved: resolved)
    }

    /// "Linked from" entries for a page.
    func linkedFrom(_ ref: PageRef, root: String) -> [LinkedFromModel] {
        graph.linkedFrom(ref).map { source in
            LinkedFromModel(title: graph.title(of: source), url: root + source.sitePath, kind: source.kind.label)
        }
    }

    /// Where a plan's review stands on the build day.
    func reviewState(_ plan: Plan) -> (key: String, label: String) {
        let status = ReviewStatus.of(review: plan.review, today: today, soonDays: model.config.reviewSoonDays)
        return (status.rawValue, status.label)
    }

    func sortedForList(_ plans: [Plan]) -> [Plan] {
        plans.sorted(byKey: { ($0.name.lowercased(), $0.id) }, by: <)
    }
}
