/// The home page as a dashboard: counts, reviews overdue and due soon, recent plans, the
/// setting's need profile and the full list of active plans.
extension ContextBuilder {
    /// How many recently started plans the dashboard shows.
    static let recentCount = 5

    /// In a large setting (`overview` split), the list of active plans and the review lists
    /// hold only their first rows, and a note links the year groups' dashboards.
    func dashboardPage(_ overview: OverviewParts = .unsplit) -> [String: Any] {
        var context = frame(sitePath: "index.html", title: "Support plans", nav: "home")
        let active = sortedForList(model.activePlans)
        context["pageClass"] = "home-page"
        let shown = overview.firstRows(active)
        context["plans"] = shown.map { planRow($0, root: "") }
        context["overview"] = overviewNote(overview, base: "plans", shown: min(active.count, OverviewParts.firstRows),
                                           total: active.count, noun: "active plans, by name")
        // The filters act on the rows in the page, so they offer only the values those rows have.
        context["filters"] = planFilters(shown)
        context["tableID"] = "plan-table"
        context["planCount"] = active.count
        let archived = model.plans.filter { $0.status == .archived }.count
        context["archivedCount"] = archived > 0 ? archived : nil
        context["caption"] = "All active plans"
        context["byStage"] = Stage.allCases.map { stage in
            ["label": stage.label, "count": active.filter { $0.stage == stage }.count]
        }
        let years = Dictionary(grouping: active) { $0.yearGroup }
        context["byYear"] = years.keys.sorted(by: YearGroup.nilLast).map { ["label": $0?.description ?? "Not recorded", "count": years[$0]!.count] }
        let needs = Dictionary(grouping: active) { $0.primaryNeed?.indes }
        context["byNeed"] = needs.keys.sorted { (needTitle($0), $0 ?? "") < (needTitle($1), $1 ?? "") }.map { code in
            compact(["label": needTitle(code), "count": needs[code]!.count,
                     "url": code.flatMap { indes[$0] != nil ? SitePaths.indes($0) : nil }])
        }
        let byReview = active.sorted { ($0.review, $0.name, $0.id) < ($1.review, $1.name, $1.id) }
        // A split dashboard lists only the reviews overdue or due soon on the build day
        // (every row of the other states is hidden until the reader's day makes it due).
        let watched = overview.isSplit ? byReview.filter { reviewState($0).key != ReviewStatus.later.rawValue } : byReview
        context["reviewWatch"] = overview.firstRows(watched).map { reviewItem($0, root: "") }
        context["overdueCount"] = byReview.filter { reviewState($0).key == ReviewStatus.overdue.rawValue }.count
        context["annualReviews"] = annualReviews(root: "")
        context["soonCount"] = byReview.filter { reviewState($0).key == ReviewStatus.soon.rawValue }.count
        context["recent"] = model.activePlans.filter { $0.start <= today }
            .sorted { ($0.start, $1.name, $1.id) > ($1.start, $0.name, $0.id) }.prefix(Self.recentCount).map { planRow($0, root: "") }
        let profile = NeedProfile(setting: model.plans, sections: model.indes)
        context["needChartHtml"] = NeedProfileChart.setting(profile)
        context["needTable"] = needTable(profile)
        context["quality"] = qualitySummary()
        return context
    }

    /// A plan in a list of reviews: its row values with the review state on the build day.
    func reviewItem(_ plan: Plan, root: String) -> [String: Any] {
        var row = planRow(plan, root: root)
        let state = reviewState(plan).key
        // Rows for every state are in the page; the build day's result shows, and
        // reviews.js shows and hides them again for the reader's day.
        row["hiddenUnlessOverdue"] = state != ReviewStatus.overdue.rawValue ? true : nil
        row["hiddenUnlessSoon"] = state != ReviewStatus.soon.rawValue ? true : nil
        row["hiddenIfOverdue"] = state == ReviewStatus.overdue.rawValue ? true : nil
        return row
    }

    func needTitle(_ code: String?) -> String {
        guard let code else { return "No need recorded" }
        return indes[code]?.title ?? code
    }

    /// The setting's need profile as a table: the chart's text alternative.
    func needTable(_ profile: NeedProfile) -> [String: Any] {
        let levels = Array(Set(profile.rows.flatMap(\.levels))).sorted()
        return [
            "levels": levels.map { ["level": $0] },
            "rows": profile.rows.map { row in
                compact(["title": row.section.title, "url": SitePaths.indes(row.section.id), "total": row.total,
                         "cells": levels.map { level in
                             row.levels.contains(level)
                                 ? ["value": String(row.counts[level] ?? 0), "cellURL": SitePaths.indes(row.section.id, level: level)]
                                 : ["value": "–"]
                         }])
            },
        ]
    }
}
