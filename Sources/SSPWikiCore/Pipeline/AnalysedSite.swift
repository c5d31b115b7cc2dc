/// The end of analysis and the input of rendering: the content as one audience may see it,
/// with everything analysis found out about it, made once by `SiteBuilder.analyse` and only
/// read afterwards. Rendering, `ContextBuilder`, `PageFingerprints`, `PlanExporter`, `serve`
/// and `check` read it; nothing writes back into it.
///
/// A table that several later stages need across plans is worked out here, once, instead of by
/// each stage that reads it.
package struct AnalysedSite: Sendable {
    /// The content the audience may see, without the places its plans' fields were written:
    /// only validation and the quality rules read those, and they run before this is made.
    package let model: ContentModel
    /// Where every `[[…]]` link leads, backlinks, related plans, past versions' links.
    package let graph: LinkGraph
    /// The git history of the published pages the audience may see (empty without history).
    package let history: SiteHistory
    /// The quality rules' findings for the audience's plans.
    package let quality: QualityReport
    /// Who the model was redacted for.
    package let audience: Audience
    /// Every plan by id (the first of any two with one id).
    package let plansByID: [String: Plan]
    /// Finds the glossary's terms in plain text (the plan page's and the fingerprints' terms).
    package let glossaryMatcher: GlossaryMatcher
    /// The photo and report paths, as written in the plans and their past versions, that name a
    /// file under media/ which the path checks accept: the only ones a page links to or embeds.
    package let mediaPaths: Set<String>
    /// Each plan's glossary terms (`Plan.glossaryTerms`), by the plan's path, found the first
    /// time they are asked for (`build` and `serve` ask before rendering; `check` never does).
    /// Read through `glossaryTerms(of:)`.
    private let terms: Once<[String: [String]]>

    /// Seals the results of analysis; the model's field locations are dropped here.
    package init(
        model: ContentModel, graph: LinkGraph, history: SiteHistory = SiteHistory(),
        quality: QualityReport = QualityReport(), audience: Audience, terms memo: TermsMemo? = nil,
        released: ReleasedPlans? = nil
    ) {
        var shown = model
        shown.releaseFieldLocations(memo: released)
        self.model = shown
        self.graph = graph
        self.history = history
        self.quality = quality
        self.audience = audience
        plansByID = Dictionary(shown.plans.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        glossaryMatcher = GlossaryMatcher(terms: shown.glossary.map(\.term))
        let (plain, matcher) = (shown, glossaryMatcher)
        terms = Once { Self.glossaryTerms(of: plain, matcher: matcher, memo: memo) }
        var plans = shown.plans
        for case .plan(let past) in history.versions.values { plans.append(past) }
        let checker = PathChecker(model: shown)
        let written = plans.flatMap { [$0.photo] + $0.external.map(\.report) }.compactMap { $0 }
        mediaPaths = Set(written.filter(checker.accepts))
    }

    /// The glossary terms the page of `plan`, one of this site's plans as it is now, shows. Not
    /// for a past version: it has the same path but its own text.
    package func glossaryTerms(of plan: Plan) -> [String] {
        terms.get[plan.path] ?? plan.glossaryTerms(glossaryMatcher)
    }
}
