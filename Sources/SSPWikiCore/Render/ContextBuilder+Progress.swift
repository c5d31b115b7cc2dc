/// A child's progress across cycles: the panel on the plan page and `plans/<id>/progress.html`.
extension ContextBuilder {
    /// Adds the short progress panel (reviewed cycles and their targets' outcomes) to a plan page.
    func addProgress(to p: inout PlanModel, of plan: Plan) {
        guard history.available else { return }
        let progress = PlanProgress(plan: plan, history: history)
        var counts = OutcomeCounts()
        for cycle in progress.reviewed { counts.add(cycle.outcomes) }
        p.progress = ProgressPanelModel(
            url: HTML.root(for: PageRef(.plan, plan.id).sitePath) + SitePaths.progress(ofPlan: plan.id),
            reviewedCycles: progress.reviewed.count, outcomes: outcomeCounts(counts))
    }

    /// The progress page of one plan: its cycles, each target across them, provision time and need levels.
    func progressPage(_ plan: Plan) -> ProgressPageModel {
        let sitePath = SitePaths.progress(ofPlan: plan.id)
        let root = HTML.root(for: sitePath)
        let progress = PlanProgress(plan: plan, history: history)
        var frame = pageFrame(sitePath: sitePath, title: "Progress of \(plan.name)", nav: "plans")
        frame.pageClass = "progress-page"
        return ProgressPageModel(
            frame: frame,
            plan: .init(
                name: plan.name, url: root + PageRef(.plan, plan.id).sitePath,
                historyURL: root + SitePaths.history(ofPlan: plan.id)),
            cycles: progress.cycles.map { cycle in
                .init(
                    index: cycle.index, planNumber: cycle.plan.planNumber, start: cycle.start.medium,
                    reviewed: cycle.reviewed?.medium,
                    due: cycle.plan.review.medium, open: cycle.isOpen, late: cycle.onTime == false,
                    decision: cycle.decision?.label,
                    targets: cycle.targets.count, outcomes: outcomeCounts(cycle.outcomes),
                    minutesPerWeek: ContextBuilder.minutes(cycle.minutesPerWeek))
            },
            outcomeChartHtml: BarChart.chart(
                id: "cycle-outcomes", title: "Targets of \(plan.displayName) by outcome in each reviewed cycle",
                bars: progress.reviewed.map { BarChart.outcomes("Cycle \($0.index) (plan \($0.plan.planNumber))", $0.outcomes) },
                unit: BarChart.targets),
            minutesChartHtml: BarChart.chart(
                id: "cycle-minutes", title: "Additional provision in a typical week in each cycle",
                bars: progress.cycles.map {
                    BarChart.Bar(label: "Cycle \($0.index)", parts: [.init(value: $0.minutesPerWeek, cls: "lvl-2", name: "")])
                },
                unit: ContextBuilder.minutes),
            targetTable: targetTable(progress), needTable: needLevels(progress, root: root))
    }

    /// One cell per outcome, for a row of a table whose columns follow `TargetOutcome.allCases`.
    func outcomeCounts(_ counts: OutcomeCounts) -> [OutcomeCountModel] {
        TargetOutcome.allCases.map { OutcomeCountModel(label: $0.label, count: counts[$0]) }
    }

    /// Each target (followed across cycles) and how it stood in each cycle.
    func targetTable(_ progress: PlanProgress) -> ProgressPageModel.Table {
        var rows: [(thread: String, outcome: String, cells: [String])] = []
        for (column, cycle) in progress.cycles.enumerated() {
            for tracked in cycle.targets {
                let row =
                    rows.firstIndex { $0.thread == tracked.thread }
                    ?? {
                        rows.append((tracked.thread, tracked.target.outcome, Array(repeating: "–", count: progress.cycles.count)))
                        return rows.count - 1
                    }()
                rows[row].outcome = tracked.target.outcome
                rows[row].cells[column] = tracked.outcome?.label ?? tracked.target.status.label
            }
        }
        return ProgressPageModel.Table(
            columns: progress.cycles.map { .init(index: $0.index, planNumber: $0.plan.planNumber) },
            rows: rows.map { .init(thread: $0.thread, outcome: $0.outcome, cells: $0.cells.map { .init(value: $0) }) })
    }

    /// The level of each INDES section in each cycle, as a table and a chart.
    func needLevels(_ progress: PlanProgress, root: String) -> ProgressPageModel.Table? {
        var sections: [String] = []
        for cycle in progress.cycles {
            for need in cycle.plan.needs where !sections.contains(need.indes) { sections.append(need.indes) }
        }
        guard !sections.isEmpty else { return nil }
        var bars: [BarChart.Bar] = []
        let rows = sections.map { id -> ProgressPageModel.Row in
            let section = indes[id]
            let highest = section?.levels.map(\.level).max() ?? 4
            let lowest = section?.levels.map(\.level).min() ?? 0
            let title = section?.title ?? id
            let cells = progress.cycles.map { cycle -> ProgressPageModel.Cell in
                guard let level = cycle.plan.needs.first(where: { $0.indes == id })?.level else { return .init(value: "–") }
                bars.append(
                    BarChart.Bar(
                        label: "\(title), cycle \(cycle.index)",
                        parts: [.init(value: Double(level), cls: NeedProfileChart.levelClass(level, lowest, highest), name: "")]))
                return .init(value: "\(level)")
            }
            return .init(title: title, url: section.map { _ in root + SitePaths.indes(id) }, cells: cells)
        }
        return ProgressPageModel.Table(
            columns: progress.cycles.map { .init(index: $0.index) }, rows: rows,
            chartHtml: BarChart.chart(
                id: "need-levels", title: "Level of need in each INDES section, cycle by cycle",
                bars: bars, unit: { "level \(Int($0))" }))
    }
}
