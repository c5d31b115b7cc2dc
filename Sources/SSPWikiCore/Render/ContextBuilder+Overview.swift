/// The overview pages of a large setting (`OverviewParts`): the note over their first rows,
/// the year-group versions of each page, and the dashboard's filters.
extension ContextBuilder {
    /// The builder for one year group's overview pages: the same pages, made from that year
    /// group's plans only.
    func scoped(to part: OverviewParts.Part) -> ContextBuilder {
        var builder = limited(to: model.plans.filter { part.planIDs.contains($0.id) })
        builder.scope = part
        return builder
    }

    /// The note over a split page's first rows: how many it shows of how many, and the
    /// year-group pages (`base`-<year>.html) that list them all. Nil when nothing is split.
    func overviewNote(_ overview: OverviewParts, base: String, shown: Int, total: Int, noun: String) -> OverviewNoteModel? {
        guard overview.isSplit else { return nil }
        return OverviewNoteModel(
            shown: shown, total: total, noun: noun,
            parts: overview.parts.map {
                OverviewNoteModel.Part(title: $0.title, url: $0.path(base), count: $0.activeCount)
            })
    }

    /// How many active plans a table needs before the dashboard offers filters.
    static let filtersFrom = 20

    /// The dashboard's filters (class, year, need, stage, case holder), each with the values
    /// the rows carry in their `data-` attributes; nil for a short list.
    func planFilters(_ plans: [Plan]) -> PlanFiltersModel? {
        guard plans.count >= Self.filtersFrom else { return nil }
        func choice(_ key: String, _ label: String, _ values: [String]) -> PlanFiltersModel.Choice {
            PlanFiltersModel.Choice(key: key, label: label, options: values)
        }
        let years = Set(plans.compactMap(\.yearGroup)).sorted().map(\.description)
        let needs = Set(plans.compactMap { $0.primaryNeed.flatMap { indes[$0.indes]?.title } }).sorted()
        let stages = Stage.allCases.filter { stage in plans.contains { $0.stage == stage } }.map(\.label)
        return PlanFiltersModel(choices: [
            choice("class", "Class", Set(plans.compactMap(\.className)).sorted()),
            choice("year", "Year group", years),
            choice("need", "Primary need", needs),
            choice("stage", "Stage", stages),
            choice("holder", "Case holder", Set(plans.compactMap(\.caseHolder)).sorted()),
        ])
    }
}
