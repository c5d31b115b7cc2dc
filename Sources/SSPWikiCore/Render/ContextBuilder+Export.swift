/// The values of the documents `PlanExporter` makes. They start from the plan page's values
/// (`planModel`), with this builder's `forDocument` set so Markdown names no other child,
/// and keep only what a document shows: never the quality findings, commit details, ids of
/// other pages or links. Photos come as `data:` URIs from `embed`.
extension ContextBuilder {
    typealias Embed = @Sendable (String) -> String?

    /// The family's and the child's copy of the current plan.
    func documentPlan(_ plan: Plan, links: [ResolvedLink?], embed: Embed) -> DocumentModel {
        var document = documentFrame(plan, title: "\(plan.name): support plan")
        document.plan = documentValues(plan, links: links, embed: embed)
        return document
    }

    /// The plan as it stood at each reviewed cycle, with a table of targets across them.
    func evidencePack(_ plan: Plan, cycles: [PlanCycles.Cycle], embed: Embed) -> DocumentModel {
        var document = documentFrame(plan, title: "\(plan.name): evidence of the graduated approach")
        document.cycles = cycles.enumerated().map { index, cycle in
            var values = documentValues(cycle.plan, links: cycle.links, embed: embed)
            values.cycleNumber = index + 1
            values.committed = cycle.committed?.long
            return values
        }
        document.summary = targetSummary(cycles)
        return document
    }

    /// Every cycle, the history and the outside agencies, for the setting the child moves to.
    func transferPack(_ plan: Plan, cycles: PlanCycles, embed: Embed) -> DocumentModel {
        var document = documentFrame(plan, title: "\(plan.name): transfer record")
        document.plan = documentValues(plan, links: graph.resolved[PageRef(.plan, plan.id)] ?? [], embed: embed)
        document.earlier = cycles.all.dropLast().map { cycle in
            var values = documentValues(cycle.plan, links: cycle.links, embed: embed)
            values.committed = cycle.committed?.long
            return values
        }
        document.summary = targetSummary(cycles.all)
        // Change lines can name related plans; those are other children and stay out.
        let others = model.plans.filter { $0.id != plan.id }.flatMap { [$0.name, $0.displayName] }
        document.history = cycles.revisions.compactMap { revision in
            let lines = revision.summary.lines.filter { line in !others.contains { line.contains($0) } }
            guard !lines.isEmpty else { return nil }
            return .init(date: Day(iso: String(revision.commit.dateISO.prefix(10)))?.medium ?? "", lines: lines)
        }
        var seen: Set<String> = []
        document.agencies = cycles.all.reversed().flatMap(\.plan.external).filter {
            seen.insert($0.agency + ($0.date?.iso ?? "")).inserted
        }
        .sorted { ($0.date ?? .init(iso: "1900-01-01")!) > ($1.date ?? .init(iso: "1900-01-01")!) }
        .map { ExternalModel(agency: $0.agency, involvement: $0.involvement, date: $0.date?.medium) }
        return document
    }

    func documentFrame(_ plan: Plan, title: String) -> DocumentModel {
        DocumentModel(
            title: title, setting: model.config.setting, madeOn: today.long, name: plan.name, displayName: plan.displayName)
    }

    /// One version of a plan as a document shows it.
    func documentValues(_ plan: Plan, links: [ResolvedLink?], embed: Embed) -> DocumentPlanModel {
        var p = planModel(plan, sitePath: "document.html", links: links)
        p.photoURL = plan.photo.flatMap { isMediaFile($0) ? embed($0) : nil }
        p.otherPlans = plan.otherPlans.map { OtherPlanModel(kind: $0.kind, note: $0.note) }
        p.external = plan.external.map { ExternalModel(agency: $0.agency, involvement: $0.involvement, date: $0.date?.medium) }
        return DocumentPlanModel(plan: p, adjustmentTexts: plan.provisions.filter { $0.kind == .adjustment }.map(\.what))
    }

    /// Each target's status at each cycle: one row per target (by its words), one column per cycle.
    func targetSummary(_ cycles: [PlanCycles.Cycle]) -> TargetSummaryModel {
        var rows: [TargetSummaryModel.Row] = []
        for (column, cycle) in cycles.enumerated() {
            for target in cycle.plan.targets {
                let row =
                    rows.firstIndex { $0.outcome == target.outcome }
                    ?? {
                        rows.append(.init(outcome: target.outcome, cells: Array(repeating: "", count: cycles.count)))
                        return rows.count - 1
                    }()
                rows[row].cells[column] = target.status.label
            }
        }
        return TargetSummaryModel(
            columns: cycles.map {
                .init(planNumber: $0.plan.planNumber, reviewed: $0.plan.reviewRecord?.date?.medium ?? $0.plan.review.medium)
            },
            rows: rows)
    }
}
