extension SiteLinker {
    /// The pages a `[[…]]` link can lead to, worked out once from the model's pages: the
    /// current pages' links and past versions' links (`resolvePast`) are resolved against them.
    struct Targets: Sendable {
        /// Every page by id, in the model's order (plans, INDES, PEaSS, pages).
        let byID: [String: [PageRef]]
        /// Ids of draft plans: a published page may not link to one.
        let drafts: Set<String>
        /// Each INDES section's levels, for `[[indes:code/N]]`.
        let levels: [String: Set<Int>]

        init(_ model: ContentModel) {
            var byID: [String: [PageRef]] = [:]
            var drafts: Set<String> = []
            var levels: [String: Set<Int>] = [:]
            byID.reserveCapacity(model.plans.count + model.indes.count + model.peass.count + model.pages.count)
            for plan in model.plans {
                byID[plan.id, default: []].append(PageRef(.plan, plan.id))
                if plan.status == .draft { drafts.insert(plan.id) }
            }
            for section in model.indes {
                byID[section.id, default: []].append(PageRef(.indes, section.id))
                levels[section.id] = Set(section.levels.map(\.level))
            }
            for entry in model.peass { byID[entry.id, default: []].append(PageRef(.peass, entry.id)) }
            for page in model.pages { byID[page.id, default: []].append(PageRef(.page, page.id)) }
            self.byID = byID
            self.drafts = drafts
            self.levels = levels
        }
    }
}
