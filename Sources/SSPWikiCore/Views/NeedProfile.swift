/// Needs by INDES section and level: one plan's profile, or the whole setting's.
package struct NeedProfile: Sendable {
    /// One INDES section and its scale.
    package struct Row: Sendable {
        package let section: IndesSection
        /// Levels of the scale, lowest first.
        package var levels: [Int] { section.levels.map(\.level).sorted() }
        /// How many active plans record each level of this section.
        package var counts: [Int: Int]
        package var total: Int { counts.values.reduce(0, +) }
    }

    package let rows: [Row]

    /// How many active plans record each level of each section (sections with no plans are kept).
    package init(setting plans: [Plan], sections: [IndesSection]) {
        var counts: [String: [Int: Int]] = [:]
        for plan in plans where plan.status == .active {
            // Each child counts once per section, at the first level the plan gives.
            var seen = Set<String>()
            for need in plan.needs where seen.insert(need.indes).inserted {
                counts[need.indes, default: [:]][need.level, default: 0] += 1
            }
        }
        rows = sections.sorted { ($0.title.lowercased(), $0.id) < ($1.title.lowercased(), $1.id) }
            .map { Row(section: $0, counts: counts[$0.id] ?? [:]) }
    }
}
