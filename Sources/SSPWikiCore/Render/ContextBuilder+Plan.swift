/// The plan page: every part of a robust support plan, in the order the guidance gives.
extension ContextBuilder {
    /// The page of a plan as it is now.
    func planPage(_ plan: Plan) -> PlanPageModel {
        let ref = PageRef(.plan, plan.id)
        var page = planPageModel(
            plan, sitePath: ref.sitePath, links: graph.resolved[ref] ?? [], terms: site.glossaryTerms(of: plan))
        addHistory(to: &page.plan, of: plan)
        addProgress(to: &page.plan, of: plan)
        if plan.status == .active {
            page.plan.passportURL = HTML.root(for: ref.sitePath) + SitePaths.passport(ofPlan: plan.id)
        }
        return page
    }

    /// A plan page for any version of a plan shown at `sitePath`, its `[[…]]` links resolved as
    /// `links`; `terms` are its glossary terms when analysis found them (the plan as it is now).
    func planPageModel(_ plan: Plan, sitePath: String, links: [ResolvedLink?], terms: [String]? = nil) -> PlanPageModel {
        var frame = pageFrame(sitePath: sitePath, title: plan.name, nav: "plans")
        frame.pageClass = "plan-page"
        return PlanPageModel(frame: frame, plan: planModel(plan, sitePath: sitePath, links: links, terms: terms))
    }

    /// The plan's own values on a page at `sitePath`.
    func planModel(_ plan: Plan, sitePath: String, links: [ResolvedLink?], terms: [String]? = nil) -> PlanModel {
        let root = HTML.root(for: sitePath)
        let provisions = plan.provisions.map { provision($0, root: root) }
        let weekly = plan.provisions.filter { $0.kind == .additional }.compactMap(\.minutesPerWeek).reduce(0, +)
        return PlanModel(
            row: planRowModel(plan, root: root), displayName: plan.displayName, dob: plan.dob?.long,
            notInChronologicalYear: !plan.inChronologicalYear, texts: PlanTextsModel(values: plan.texts), teacher: plan.teacher,
            teacherURL: staffURL(plan.teacher, root: root), caseHolderURL: staffURL(plan.caseHolder, root: root),
            status: plan.status.label, archived: plan.status == .archived, draft: plan.status == .draft,
            startLong: plan.start.long, reviewLong: plan.review.long,
            // A past version may name a file that is gone or was never allowed; only files the
            // checks accept now are linked.
            photoURL: plan.photo.flatMap { isMediaFile($0) ? root + $0 : nil },
            flags: plan.flags.map { PlanFlagModel(label: $0.label, key: $0.rawValue) }, medical: plan.medical,
            otherPlans: otherPlans(plan, links: links, root: root),
            related: relatedPlans(plan).map { NamedLinkModel(name: $0.name, url: root + SitePaths.plan($0.id)) },
            needs: plan.needs.map { need(for: $0, root: root) }, needChartHtml: needChart(plan),
            accessArrangements: plan.accessArrangements,
            adjustments: zip(plan.provisions, provisions).filter { $0.0.kind == .adjustment }.map(\.1),
            additional: zip(plan.provisions, provisions).filter { $0.0.kind == .additional }.map(\.1),
            additionalMinutesPerWeek: weekly > 0 ? Self.minutes(weekly) : nil,
            targets: plan.targets.map { target($0, in: plan) },
            ehcpOutcomes: (plan.ehcp?.outcomes ?? []).map { outcome in
                OutcomeModel(
                    id: outcome.id, anchor: Self.anchor(of: outcome), text: outcome.text, area: outcome.section,
                    steps: plan.targets.filter { $0.linksTo == outcome.id }.map { AnchorModel.target($0.id) })
            },
            annualReview: plan.ehcp?.annualReview?.long, annualReviewISO: plan.ehcp?.annualReview?.iso,
            external: plan.external.map { e in
                ExternalModel(
                    agency: e.agency, involvement: e.involvement, date: e.date?.medium,
                    reportURL: e.report.flatMap { isMediaFile($0) ? root + $0 : nil },
                    reportName: e.report.map { $0.split(separator: "/").last.map(String.init) ?? $0 })
            },
            reviewRecord: plan.reviewRecord.flatMap { record in
                guard record.isFilled else { return nil }
                return ReviewRecordModel(
                    date: record.date?.long,
                    attended: record.attended.isEmpty ? nil : record.attended.joined(separator: ", "),
                    workedWell: record.workedWell, notSoWell: record.notSoWell, next: record.next?.label)
            },
            body: planBody(plan, links: links, sitePath: sitePath),
            // Every short form and term of the plan, front matter included, with its meaning in
            // words a reader sees on screen, on a phone and on paper (a hover title is not enough).
            terms: (terms ?? plan.glossaryTerms(glossaryMatcher)).compactMap { glossary[$0] }.map { term in
                TermModel(term: term.term, meaning: term.meaning, url: root + "glossary.html#" + term.anchor)
            },
            linkedFrom: linkedFrom(PageRef(.plan, plan.id), root: root),
            quality: qualityPanel(plan, root: root), record: planRecord(plan))
    }

    /// The plan's other plans, linked where they name a page: their links are resolved after
    /// the body's (`Plan.allLinks`).
    func otherPlans(_ plan: Plan, links: [ResolvedLink?], root: String) -> [OtherPlanModel] {
        var linkIndex = plan.document.links.count
        return plan.otherPlans.map { other in
            var url: String?
            if other.link != nil {
                if linkIndex < links.count, let target = links[linkIndex]?.target { url = root + target.sitePath }
                linkIndex += 1
            }
            return OtherPlanModel(kind: other.kind, note: other.note, linkURL: url)
        }
    }

    /// True when `path` names a file under media/ that passed the path checks in analysis
    /// (`AnalysedSite.mediaPaths`); the renderer checks nothing again.
    func isMediaFile(_ path: String) -> Bool {
        site.mediaPaths.contains(path)
    }

    /// Plans related to `plan`, whichever of the two lists the other (from the link graph).
    func relatedPlans(_ plan: Plan) -> [Plan] {
        graph.relatedPlans(of: plan.id).compactMap { plansByID[$0] }.filter { $0.status != .draft && $0.id != plan.id }
    }

    /// The plan's need profile as an inline SVG chart, or nil when it records no need.
    func needChart(_ plan: Plan) -> String? {
        let needs = plan.needs.compactMap { need -> NeedProfileChart.PlanNeed? in
            guard let section = indes[need.indes] else { return nil }
            let levels = section.levels.map(\.level)
            return .init(
                title: section.title, level: need.level, lowest: levels.min() ?? 0,
                highest: levels.max() ?? need.level, label: section.label(for: need.level))
        }
        return needs.isEmpty ? nil : NeedProfileChart.plan(needs, name: plan.displayName)
    }

    func need(for need: Need, root: String) -> NeedModel {
        let section = indes[need.indes]
        return NeedModel(
            title: section?.title ?? need.indes, area: section?.area,
            url: root + SitePaths.indes(need.indes, level: need.level), level: need.level,
            levelLabel: section?.label(for: need.level), scaleMax: section?.levels.map(\.level).max() ?? need.level,
            primary: need.primary, summary: need.summary)
    }

    func provision(_ provision: Provision, root: String) -> ProvisionModel {
        let entry = provision.peass.flatMap { peass[$0] }
        return ProvisionModel(
            what: provision.what, peassTitle: entry?.title, peassURL: entry.map { root + SitePaths.peass($0.id) },
            kind: provision.kind.label, who: provision.who, howOften: provision.howOften?.plain ?? provision.howOftenText,
            notQuantified: provision.kind == .additional && provision.minutesPerWeek == nil, minutes: provision.minutes,
            minutesPerWeek: provision.minutesPerWeek.map(Self.minutes), from: provision.start?.medium,
            until: provision.end?.medium, supports: provision.targets.map(AnchorModel.target))
    }

    func target(_ target: Target, in plan: Plan) -> TargetModel {
        // A link to one of the plan's EHCP outcomes shows the outcome's words and points to it.
        let outcome = target.linksTo.flatMap { plan.ehcp?.outcome($0) }
        return TargetModel(
            id: target.id, anchor: AnchorModel.target(target.id).anchor, outcome: target.outcome,
            measure: target.measure, baseline: target.baseline, by: target.by?.medium,
            linksTo: outcome.map { "\($0.id): \($0.text)" } ?? target.linksTo,
            linksToURL: outcome.map { "#" + Self.anchor(of: $0) },
            status: target.status.label, statusKey: target.status.rawValue)
    }

    /// The id of an EHCP outcome on the plan page.
    static func anchor(of outcome: EHCPOutcome) -> String { "outcome-" + Slug.make(outcome.id) }

    /// "90 minutes" or "1 h 30 min".
    static func minutes(_ value: Double) -> String {
        let rounded = Int(value.rounded())
        if rounded < 60 { return "\(rounded) min" }
        let hours = rounded / 60
        let rest = rounded % 60
        return rest == 0 ? "\(hours) h" : "\(hours) h \(rest) min"
    }
}

extension Substring {
    /// `aboutMe` → `AboutMe`.
    var capitalisingFirst: String { prefix(1).uppercased() + dropFirst() }
}
