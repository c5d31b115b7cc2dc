/// `impact.html`: what each provision achieved over every cycle in the history, and the
/// school's figures term by term; and the impact section of each PEaSS page.
extension ContextBuilder {
    func impactPage(_ impact: ImpactModel) -> ImpactPageModel {
        var frame = pageFrame(sitePath: "impact.html", title: "Impact of provision", nav: "impact")
        frame.pageClass = "impact-page"
        let recorded = impact.provisions.filter { !$0.impactNotRecorded }
        return ImpactPageModel(
            frame: frame, provisions: recorded.map { provisionRow($0, root: "") },
            notRecorded: impact.provisions.filter(\.impactNotRecorded).map { provisionRow($0, root: "") },
            provisionChartHtml: BarChart.chart(
                id: "provision-outcomes", title: "End status of the targets linked to each provision",
                bars: recorded.map { BarChart.outcomes($0.title, $0.outcomes) }, unit: BarChart.targets),
            terms: impact.terms.map(termRow),
            termOutcomeChartHtml: BarChart.chart(
                id: "term-outcomes", title: "Targets reviewed each term by outcome",
                bars: impact.terms.map { BarChart.outcomes($0.term.title, $0.outcomes) }, unit: BarChart.targets),
            termReviewChartHtml: BarChart.chart(
                id: "term-reviews", title: "Reviews held each term, on time and late",
                bars: impact.terms.map {
                    BarChart.Bar(
                        label: $0.term.title,
                        parts: [
                            .init(value: Double($0.reviewsOnTime), cls: "out-achieved", name: "on time"),
                            .init(value: Double($0.reviewsLate), cls: "out-not-achieved", name: "late"),
                        ])
                }, unit: { "\(Int($0)) review" + (Int($0) == 1 ? "" : "s") }),
            termMinutesChartHtml: BarChart.chart(
                id: "term-minutes", title: "Weekly minutes of additional provision each term",
                bars: impact.terms.map {
                    BarChart.Bar(label: $0.term.title, parts: [.init(value: $0.minutesPerWeek, cls: "lvl-2", name: "")])
                },
                unit: ContextBuilder.minutes),
            costsShown: !model.config.staffRates.isEmpty)
    }

    /// One provision's figures and its breakdowns, with links from a page at `root`.
    func provisionRow(_ provision: ProvisionImpact, root: String) -> ProvisionImpactRowModel {
        var breakdown: [ProvisionImpactRowModel.Breakdown] = []
        for (name, groups) in [("Area of need", provision.byArea), ("Year group", provision.byYear), ("Role", provision.byRole)] {
            for key in groups.keys.sorted() {
                breakdown.append(
                    .init(dimension: name, group: key, linked: groups[key]!.total, cells: outcomeCounts(groups[key]!)))
            }
        }
        return ProvisionImpactRowModel(
            title: provision.title, url: provision.peass.flatMap { peass[$0] == nil ? nil : root + SitePaths.peass($0) },
            children: provision.children.count, weeks: ProvisionMapCSV.number(provision.weeks, places: 0),
            time: ContextBuilder.minutes(provision.minutes), linked: provision.outcomes.total,
            cells: outcomeCounts(provision.outcomes), breakdown: breakdown)
    }

    func termRow(_ figures: TermFigures) -> TermRowModel {
        TermRowModel(
            title: figures.term.title, activePlans: figures.activePlans, onTime: figures.reviewsOnTime,
            late: figures.reviewsLate, targetsSet: figures.targetsSet, cells: outcomeCounts(figures.outcomes),
            minutesPerWeek: ContextBuilder.minutes(figures.minutesPerWeek),
            costPerWeek: model.config.staffRates.isEmpty ? nil : ContextBuilder.money(figures.costPerWeek),
            notCosted: figures.notCosted > 0 ? figures.notCosted : nil)
    }

    /// The impact section of a PEaSS page: the entry's row of `impact.html`.
    func addImpact(to page: inout PeassPageModel, of entry: PeassEntry, impact: ImpactModel?) {
        guard let impact else { return }
        let row = impact.provisions.first { $0.peass == entry.id }
        page.entry.impact = PeassImpactModel(
            row: row.map { provisionRow($0, root: "../") }, notRecorded: row?.impactNotRecorded == true)
        page.entry.impactURL = "../impact.html"
        page.outcomeKey = OutcomeKeyModel.all
    }
}
