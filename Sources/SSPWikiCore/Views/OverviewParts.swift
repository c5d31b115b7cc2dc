/// How the school-wide overview pages (dashboard, quality, reviews, provision map) stay
/// readable in a large setting: past `firstRows` active plans, each shows its counts and its
/// first rows, and the full lists are on one page per year group (`plans-year-7.html`,
/// `quality-year-7.html`, …), each the same page made from that year group's plans only.
struct OverviewParts: Sendable {
    /// The rows an overview page shows before it splits its lists by year group.
    static let firstRows = 100

    /// One year group's share of the plans ("not recorded" for plans without a year group).
    struct Part: Sendable {
        /// The file-name part: "year-7", "reception", "no-year".
        let id: String
        let title: String
        /// The ids of every plan (any status) in this year group.
        let planIDs: Set<String>
        /// How many of them are active.
        let activeCount: Int

        /// The part's version of an overview page: `base` is "plans", "quality", "reviews"
        /// or "provision-map".
        func path(_ base: String) -> String { "\(base)-\(id).html" }
    }

    /// Empty when the setting is small enough for the overview pages to list everything.
    let parts: [Part]

    init(plans: [Plan]) {
        let active = plans.filter { $0.status == .active }
        guard active.count > Self.firstRows else {
            parts = []
            return
        }
        let years = Dictionary(grouping: plans) { $0.yearGroup }
        parts = years.keys.sorted(by: YearGroup.nilLast).map { year in
            let members = years[year]!
            return Part(
                id: year.map { Slug.make($0.description) } ?? "no-year",
                title: year?.description ?? "Year group not recorded",
                planIDs: Set(members.map(\.id)),
                activeCount: members.filter { $0.status == .active }.count)
        }.filter { $0.activeCount > 0 }
    }

    /// A setting whose overview pages list everything.
    static let unsplit = OverviewParts(plans: [])

    /// True when the overview pages show only their first rows.
    var isSplit: Bool { !parts.isEmpty }

    /// The rows a page shows: all of them in a small setting, else the first `firstRows`.
    func firstRows<T>(_ rows: [T]) -> [T] {
        isSplit ? Array(rows.prefix(Self.firstRows)) : rows
    }
}
