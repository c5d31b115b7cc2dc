/// Each plan's glossary terms, found once for the plan page, the glossary page's "used in"
/// lists and the page fingerprints, which each looked for them in every plan.
extension AnalysedSite {
    /// Terms found by an earlier build (`serve`): a plan's are found again only when its file,
    /// its shown body, site.yml or the glossary changed (`SourceHashes.glossaryTerms`).
    package struct TermsMemo: Sendable {
        let hashes: SourceHashes
        /// Each plan file's text, by path.
        let texts: [String: String]
        let settings: String

        init(loaded: LoadedContent, hashes: SourceHashes) {
            self.hashes = hashes
            var texts: [String: String] = [:]
            var settings = ""
            for source in loaded.sources {
                if source.kind == .plan { texts[source.path] = source.text }
                if source.kind == .site { settings = source.text }
            }
            self.texts = texts
            self.settings = settings
        }
    }

    /// `Plan.glossaryTerms` of every plan by its path, worked out on every core.
    static func glossaryTerms(
        of model: ContentModel, matcher: GlossaryMatcher, memo: TermsMemo?
    ) -> [String: [String]] {
        memo?.hashes.useTerms(settings: memo?.settings ?? "", glossary: model.glossary.map(\.term))
        let found = ParallelMap.map(model.plans) { plan in
            guard let memo else { return plan.glossaryTerms(matcher) }
            return memo.hashes.glossaryTerms(of: plan, text: memo.texts[plan.path]) { plan.glossaryTerms(matcher) }
        }
        return Dictionary(zip(model.plans.map(\.path), found), uniquingKeysWith: { first, _ in first })
    }
}
