/// Every link between pages, built once from the parsed model: where each `[[…]]` goes and,
/// for every page, which pages link to it (through the body or through front matter).
public struct LinkGraph: Sendable {
    /// For each page, the resolution of each of its `[[…]]` links in order (nil when broken).
    public var resolved: [PageRef: [ResolvedLink?]] = [:]
    /// For each page, the pages that link to it, sorted and without repeats.
    public var backlinks: [PageRef: [PageRef]] = [:]
    /// The title of every page, for link labels and lists.
    public var titles: [PageRef: String] = [:]
    /// For each published plan, the published plans related to it, whichever of the two
    /// lists the other in `related`, in the order written (its own list first).
    public var related: [String: [String]] = [:]
    /// For each past version of a plan that has its own page, the resolution of its links.
    public var pastResolved: [VersionKey: [ResolvedLink?]] = [:]

    public init() {}

    public func title(of ref: PageRef) -> String { titles[ref] ?? ref.id }

    /// The pages linking to `ref`.
    public func linkedFrom(_ ref: PageRef) -> [PageRef] { backlinks[ref] ?? [] }

    /// Ids of the plans related to the plan `id`, both ways.
    public func relatedPlans(of id: String) -> [String] { related[id] ?? [] }
}
