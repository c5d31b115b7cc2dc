/// Every link between pages, built once from the parsed model: where each `[[…]]` goes and,
/// for every page, which pages link to it (through the body or through front matter).
package struct LinkGraph: Sendable, Equatable {
    /// For each page, the resolution of each of its `[[…]]` links in order (nil when broken).
    package var resolved: [PageRef: [ResolvedLink?]] = [:]
    /// For each page, the pages that link to it, sorted and without repeats.
    package var backlinks: [PageRef: [PageRef]] = [:]
    /// The title of every page, for link labels and lists.
    package var titles: [PageRef: String] = [:]
    /// For each published plan, the published plans related to it, whichever of the two
    /// lists the other in `related`, in the order written (its own list first).
    package var related: [String: [String]] = [:]
    /// For each past version of a plan that has its own page, the resolution of its links.
    package var pastResolved: [VersionKey: [ResolvedLink?]] = [:]

    package init() {}

    package func title(of ref: PageRef) -> String { titles[ref] ?? ref.id }

    /// The words a `[[…]]` link shows (the page and search alike): the title of the page it
    /// resolved to, or its target as written when it leads nowhere, and the level of an INDES
    /// link. `title`, when given, stands in for the page's title.
    package func text(of link: WikiLink, to target: ResolvedLink?, titled title: String? = nil) -> String {
        (title ?? target.map { self.title(of: $0.target) } ?? link.target) + (link.level.map { " (level \($0))" } ?? "")
    }

    /// The pages linking to `ref`.
    package func linkedFrom(_ ref: PageRef) -> [PageRef] { backlinks[ref] ?? [] }

    /// Ids of the plans related to the plan `id`, both ways.
    package func relatedPlans(of id: String) -> [String] { related[id] ?? [] }
}
