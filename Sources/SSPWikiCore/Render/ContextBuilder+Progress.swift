/// A child's progress across cycles: the panel on the plan page and `plans/<id>/progress.html`.
extension ContextBuilder {
    func progressPath(_ id: String) -> String { "plans/\(id)/progress.html" }

    /// Adds the short progress panel (reviewed cycles and their targets' outcomes) to a plan page.
    func addProgress(to context: inout [String: Any], of plan: Plan) {
        guard model.history.available, var p = context["plan"] as? [String: Any] else { return }
        let progress = PlanProgress(plan: plan, history: model.history)
        var counts = OutcomeCounts()
        for cycle in progress.reviewed { counts.add(cycle.outcomes) }
        p["progress"] = compact([
            "url": HTML.root(for: PageRef(.plan, plan.id).sitePath) + progressPath(plan.id),
            "reviewedCycles": progress.reviewed.count,
            "oneCycle": progress.reviewed.count == 1 ? true : nil,
            "outcomes": outcomeCells(counts),
            "none": progress.reviewed.isEmpty ? true : nil,
        ])
        context["plan"] = p
    }

    /// The progress page of one plan: its cycles, each target across them, provision time and need levels.
    func progressPage(_ plan: Plan) -> [String: Any] {
        let sitePath = progressPath(plan.id)
        let root = HTML.root(for: sitePath)
        let progress = PlanProgress(plan: plan, history: model.history)
        var context = frame(sitePath: sitePath, title: "Progress of \(plan.name)", nav: "plans")
        context["pageClass"] = "progress-page"
        context["plan"] = ["name": plan.name, "url": root + PageRef(.plan, plan.id).sitePath, "historyURL": root + historyPath(plan.id)]
        context["cycles"] = progress.cycles.map { cycle in
            compact([
                "index": cycle.index, "planNumber": cycle.plan.planNumber, "start": cycle.start.medium,
                "reviewed": cycle.reviewed?.medium, "due": cycle.plan.review.medium, "open": cycle.isOpen ? true : nil,
                "late": cycle.onTime == false ? true : nil, "decision": cycle.decision?.label,
                "targets": cycle.targets.count, "outcomes": outcomeCells(cycle.outcomes),
                "minutesPerWeek": ContextBuilder.minutes(cycle.minutesPerWeek),
            ])
        }
        context["outcomeKey"] = TargetOutcome.allCases.map { ["key": $0.rawValue, "label": $0.label] }
        context["outcomeChartHtml"] = BarChart.chart(
            id: "cycle-outcomes", title: "Targets of \(plan.displayName) by outcome in each reviewed cycle",
            bars: progress.reviewed.map { BarChart.outcomes("Cycle \($0.index) (plan \($0.plan.planNumber))", $0.outcomes) },
            unit: BarChart.targets)
        context["minutesChartHtml"] = BarChart.chart(
            id: "cycle-minutes", title: "Additional provision in a typical week in each cycle",
            bars: progress.cycles.map { BarChart.Bar(label: "Cycle \($0.index)", parts: [.init(value: $0.minutesPerWeek, cls: "lvl-2", name: "")]) },
            unit: ContextBuilder.minutes)
        context["targetTable"] = targetTable(progress)
        context["needTable"] = needLevels(progress, root: root)
        return context
    }

    /// One cell per outcome, for a row of a table whose columns follow `TargetOutcome.allCases`.
    func outcomeCells(_ counts: OutcomeCounts) -> [[String: Any]] {
        TargetOutcome.allCases.map { ["count": counts[$0], "label": $0.label] }
    }

    /// Each target (followed across cycles) and how it stood in each cycle.
    func targetTable(_ progress: PlanProgress) -> [String: Any] {
        var rows: [(thread: String, outcome: String, cells: [String])] = []
        for (column, cycle) in progress.cycles.enumerated() {
            for tracked in cycle.targets {
                let row = rows.firstIndex { $0.thread == tracked.thread } ?? {
                    rows.append((tracked.thread, tracked.target.outcome, Array(repeating: "–", count: progress.cycles.count)))
                    return rows.count - 1
                }()
                rows[row].outcome = tracked.target.outcome
                rows[row].cells[column] = tracked.outcome?.label ?? tracked.target.status.label
            }
        }
        return [
            "columns": progress.cycles.map { ["index": $0.index, "planNumber": $0.plan.planNumber] },
            "rows": rows.map { ["thread": $0.thread, "outcome": $0.outcome, "cells": $0.cells.map { ["value": $0] }] },
        ]
    }

    /// The level of each INDES section in each cycle, as a table and a chart.
    func needLevels(_ progress: PlanProgress, root: String) -> [String: Any]? {
        var sections: [String] = []
        for cycle in progress.cycles { for need in cycle.plan.needs where !sections.contains(need.indes) { sections.append(need.indes) } }
        guard !sections.isEmpty else { return nil }
        var bars: [BarChart.Bar] = []
        let rows = sections.map { id -> [String: Any] in
            let section = indes[id]
            let highest = section?.levels.map(\.level).max() ?? 4
            let lowest = section?.levels.map(\.level).min() ?? 0
            let title = section?.title ?? id
            let cells = progress.cycles.map { cycle -> [String: Any] in
                guard let level = cycle.plan.needs.first(where: { $0.indes == id })?.level else { return ["value": "–"] }
                bars.append(BarChart.Bar(label: "\(title), cycle \(cycle.index)",
                                         parts: [.init(value: Double(level), cls: NeedProfileChart.levelClass(level, lowest, highest), name: "")]))
                return ["value": "\(level)"]
            }
            return compact(["title": title, "url": section.map { _ in root + "indes/\(id).html" }, "cells": cells])
        }
        return compact([
            "columns": progress.cycles.map { ["index": $0.index] }, "rows": rows,
            "chartHtml": BarChart.chart(id: "need-levels", title: "Level of need in each INDES section, cycle by cycle",
                                        bars: bars, unit: { "level \(Int($0))" }),
        ])
    }
}
