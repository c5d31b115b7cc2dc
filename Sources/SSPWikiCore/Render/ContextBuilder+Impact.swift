/// `impact.html`: what each provision achieved over every cycle in the history, and the
/// school's figures term by term; and the impact section of each PEaSS page.
extension ContextBuilder {
    func impactPage(_ impact: ImpactModel) -> [String: Any] {
        var context = frame(sitePath: "impact.html", title: "Impact of provision", nav: "impact")
        context["pageClass"] = "impact-page"
        context["outcomeKey"] = TargetOutcome.allCases.map { ["key": $0.rawValue, "label": $0.label] }
        let recorded = impact.provisions.filter { !$0.impactNotRecorded }
        context["provisions"] = recorded.map { provisionRow($0, root: "") }
        context["notRecorded"] = impact.provisions.filter(\.impactNotRecorded).map { provisionRow($0, root: "") }
        context["provisionChartHtml"] = BarChart.chart(
            id: "provision-outcomes", title: "End status of the targets linked to each provision",
            bars: recorded.map { BarChart.outcomes($0.title, $0.outcomes) }, unit: BarChart.targets)
        context["terms"] = impact.terms.map(termRow)
        context["termOutcomeChartHtml"] = BarChart.chart(
            id: "term-outcomes", title: "Targets reviewed each term by outcome",
            bars: impact.terms.map { BarChart.outcomes($0.term.title, $0.outcomes) }, unit: BarChart.targets)
        context["termReviewChartHtml"] = BarChart.chart(
            id: "term-reviews", title: "Reviews held each term, on time and late",
            bars: impact.terms.map { BarChart.Bar(label: $0.term.title, parts: [
                .init(value: Double($0.reviewsOnTime), cls: "out-achieved", name: "on time"),
                .init(value: Double($0.reviewsLate), cls: "out-not-achieved", name: "late"),
            ]) }, unit: { "\(Int($0)) review" + (Int($0) == 1 ? "" : "s") })
        context["termMinutesChartHtml"] = BarChart.chart(
            id: "term-minutes", title: "Weekly minutes of additional provision each term",
            bars: impact.terms.map { BarChart.Bar(label: $0.term.title, parts: [.init(value: $0.minutesPerWeek, cls: "lvl-2", name: "")]) },
            unit: ContextBuilder.minutes)
        context["costsShown"] = model.config.staffRates.isEmpty ? nil : true
        return context
    }

    /// One provision's figures and its breakdowns, with links from a page at `root`.
    func provisionRow(_ provision: ProvisionImpact, root: String) -> [String: Any] {
        var breakdown: [[String: Any]] = []
        for (name, groups) in [("Area of need", provision.byArea), ("Year group", provision.byYear), ("Role", provision.byRole)] {
            for key in groups.keys.sorted() {
                breakdown.append(["dimension": name, "group": key, "linked": groups[key]!.total, "cells": outcomeCells(groups[key]!)])
            }
        }
        return compact([
            "title": provision.title,
            "url": provision.peass.flatMap { peass[$0] == nil ? nil : root + "peass/\($0).html" },
            "children": provision.children.count,
            "childrenWord": provision.children.count == 1 ? "child" : "children",
            "weeks": ProvisionMapCSV.number(provision.weeks, places: 0),
            "time": ContextBuilder.minutes(provision.minutes),
            "linked": provision.outcomes.total,
            "cells": outcomeCells(provision.outcomes),
            "breakdown": breakdown.isEmpty ? nil : breakdown,
        ])
    }

    func termRow(_ figures: TermFigures) -> [String: Any] {
        compact([
            "title": figures.term.title, "activePlans": figures.activePlans,
            "onTime": figures.reviewsOnTime, "late": figures.reviewsLate, "targetsSet": figures.targetsSet,
            "cells": outcomeCells(figures.outcomes),
            "minutesPerWeek": ContextBuilder.minutes(figures.minutesPerWeek),
            "costPerWeek": model.config.staffRates.isEmpty ? nil : ContextBuilder.money(figures.costPerWeek),
            "notCosted": figures.notCosted > 0 ? figures.notCosted : nil,
        ])
    }

    /// The impact section of a PEaSS page: the entry's row of `impact.html`.
    func addImpact(to context: inout [String: Any], of entry: PeassEntry, impact: ImpactModel?) {
        guard let impact, var e = context["entry"] as? [String: Any] else { return }
        e["impact"] = impact.provisions.first { $0.peass == entry.id }.map { row in
            var r = provisionRow(row, root: "../")
            r["notRecorded"] = row.impactNotRecorded ? true : nil
            return r
        } ?? ["none": true]
        e["impactURL"] = "../impact.html"
        context["entry"] = e
        context["outcomeKey"] = TargetOutcome.allCases.map { ["key": $0.rawValue, "label": $0.label] }
    }
}
