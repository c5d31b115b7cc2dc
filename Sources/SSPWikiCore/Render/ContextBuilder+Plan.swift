/// The plan page: every part of a robust support plan, in the order the guidance gives.
extension ContextBuilder {
    /// The key of a recognised body section's HTML in the plan page's context.
    static func key(of section: PlanSection) -> String {
        switch section {
        case .aboutMe: return "aboutMeHtml"
        case .familyViews: return "familyViewsHtml"
        case .strengths: return "strengthsHtml"
        case .difficult: return "difficultHtml"
        case .howToHelp: return "howToHelpHtml"
        case .reviewNotes: return "reviewNotesHtml"
        case .ehcpOutcomes: return "ehcpOutcomesHtml"
        case .independence: return "independenceHtml"
        case .iWillDo: return "iWillDoHtml"
        case .atHome: return "atHomeHtml"
        }
    }

    /// The page of a plan as it is now.
    func planPage(_ plan: Plan) -> [String: Any] {
        let ref = PageRef(.plan, plan.id)
        var context = planContext(plan, sitePath: ref.sitePath, links: graph.resolved[ref] ?? [])
        addHistory(to: &context, of: plan)
        addProgress(to: &context, of: plan)
        if plan.status == .active, var p = context["plan"] as? [String: Any] {
            p["passportURL"] = HTML.root(for: ref.sitePath) + SitePaths.passport(ofPlan: plan.id)
            context["plan"] = p
        }
        return context
    }

    /// A plan page for any version of a plan shown at `sitePath`, its `[[…]]` links resolved as `links`.
    func planContext(_ plan: Plan, sitePath: String, links: [ResolvedLink?]) -> [String: Any] {
        let root = HTML.root(for: sitePath)
        let ref = PageRef(.plan, plan.id)
        var context = frame(sitePath: sitePath, title: plan.name, nav: "plans")
        var p = planRow(plan, root: root)
        p["displayName"] = plan.displayName
        p["dob"] = plan.dob?.long
        p["notInChronologicalYear"] = plan.inChronologicalYear ? nil : true
        p["texts"] = plan.texts
        p["teacher"] = plan.teacher
        p["teacherURL"] = staffURL(plan.teacher, root: root)
        p["caseHolder"] = plan.caseHolder
        p["caseHolderURL"] = staffURL(plan.caseHolder, root: root)
        p["status"] = plan.status.label
        p["archived"] = plan.status == .archived ? true : nil
        p["draft"] = plan.status == .draft ? true : nil
        p["startLong"] = plan.start.long
        p["reviewLong"] = plan.review.long
        // A past version may name a file that is gone or was never allowed; only files the
        // checks accept now are linked.
        if let photo = plan.photo, isMediaFile(photo) { p["photoURL"] = root + photo }
        p["flags"] = plan.flags.map { ["label": $0.label, "key": $0.rawValue] }
        p["medical"] = plan.medical
        var linkIndex = plan.document.links.count
        p["otherPlans"] = plan.otherPlans.map { other in
            var url: String?
            if other.link != nil {
                // Resolved after the body's links (`Plan.allLinks`).
                if linkIndex < links.count, let target = links[linkIndex]?.target { url = root + target.sitePath }
                linkIndex += 1
            }
            return compact(["kind": other.kind, "note": other.note, "linkURL": url])
        }
        p["related"] = relatedPlans(plan).map { ["name": $0.name, "url": root + "plans/\($0.id).html"] }
        p["needs"] = plan.needs.map { need(for: $0, root: root) }
        p["needChartHtml"] = needChart(plan)
        p["accessArrangements"] = plan.accessArrangements
        let provisions = plan.provisions.map { provision($0, root: root) }
        p["adjustments"] = zip(plan.provisions, provisions).filter { $0.0.kind == .adjustment }.map(\.1)
        p["additional"] = zip(plan.provisions, provisions).filter { $0.0.kind == .additional }.map(\.1)
        let weekly = plan.provisions.filter { $0.kind == .additional }.compactMap(\.minutesPerWeek).reduce(0, +)
        if weekly > 0 { p["additionalMinutesPerWeek"] = Self.minutes(weekly) }
        p["targets"] = plan.targets.map { target($0, in: plan) }
        p["ehcpOutcomes"] = (plan.ehcp?.outcomes ?? []).map { outcome in
            compact(["id": outcome.id, "anchor": Self.anchor(of: outcome), "text": outcome.text, "area": outcome.section,
                     "steps": plan.targets.filter { $0.linksTo == outcome.id }.map { ["id": $0.id, "anchor": "target-" + Slug.make($0.id)] }])
        }
        if let day = plan.ehcp?.annualReview {
            p["annualReview"] = day.long
            p["annualReviewISO"] = day.iso
        }
        p["external"] = plan.external.map { e in
            compact(["agency": e.agency, "involvement": e.involvement, "date": e.date?.medium,
                     "reportURL": e.report.flatMap { isMediaFile($0) ? root + $0 : nil },
                     "reportName": e.report.map { $0.split(separator: "/").last.map(String.init) ?? $0 }])
        }
        if let record = plan.reviewRecord, record.isFilled {
            p["reviewRecord"] = compact([
                "date": record.date?.long, "attended": record.attended.isEmpty ? nil : record.attended.joined(separator: ", "),
                "workedWell": record.workedWell, "notSoWell": record.notSoWell, "next": record.next?.label,
            ])
        }
        p.merge(bodySections(plan, links: links, sitePath: sitePath)) { _, new in new }
        p["hasEHCPOutcomes"] = p["ehcpOutcomesHtml"] != nil || !(plan.ehcp?.outcomes.isEmpty ?? true) ? true : nil
        // Every short form and term of the plan, front matter included, with its meaning in
        // words a reader sees on screen, on a phone and on paper (a hover title is not enough).
        p["terms"] = plan.glossaryTerms(glossaryMatcher).compactMap { glossary[$0] }.map { term in
            ["term": term.term, "meaning": term.meaning, "url": root + "glossary.html#" + term.anchor]
        }
        p["linkedFrom"] = linkedFrom(ref, root: root)
        p["quality"] = qualityPanel(plan, root: root)
        p.merge(recordValues(plan)) { _, new in new }
        context["plan"] = p
        context["pageClass"] = "plan-page"
        return context
    }

    /// The body's HTML by its place on the page. Recognised headings go to their place in the
    /// guidance's order (`key(of:)`), wherever they were written; any other heading follows the
    /// recognised section written before it (or comes first, before "About me", when none was).
    /// With `only`, just those recognised sections are filled (a passport needs three).
    func bodySections(_ plan: Plan, links: [ResolvedLink?], sitePath: String, only: Set<PlanSection>? = nil) -> [String: Any] {
        var p: [String: Any] = [:]
        var others: [String: [[String: Any]]] = [:]
        var previous: PlanSection?
        for section in plan.document.sections {
            let known = section.title.flatMap(PlanSection.init(heading:))
            if let only, !(known.map(only.contains) ?? false) { continue }
            let html = fill(section.html, plan.document, resolved: links, sitePath: sitePath)
            if let known {
                // A heading written twice keeps both texts, in order.
                let key = Self.key(of: known)
                p[key] = ((p[key] as? String) ?? "") + html
                previous = known
            } else if let title = section.title {
                let slot = previous.map { "after" + Self.key(of: $0).dropLast(4).capitalisingFirst } ?? "beforeAboutMe"
                others[slot, default: []].append(["title": title, "anchor": section.anchor ?? Slug.make(title), "html": html])
            } else if !html.allSatisfy(\.isWhitespace) {
                p["introHtml"] = html
            }
        }
        for (slot, sections) in others { p[slot] = sections }
        return p
    }

    /// True when `path` names a file under media/ that passes the path checks.
    func isMediaFile(_ path: String) -> Bool {
        PathChecker(model: model).check(path, field: "photo", at: SourceLocation(file: "")).isEmpty
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
            return .init(title: section.title, level: need.level, lowest: levels.min() ?? 0,
                         highest: levels.max() ?? need.level, label: section.label(for: need.level))
        }
        return needs.isEmpty ? nil : NeedProfileChart.plan(needs, name: plan.displayName)
    }

    func need(for need: Need, root: String) -> [String: Any] {
        let section = indes[need.indes]
        let top = section?.levels.map(\.level).max() ?? need.level
        return compact([
            "title": section?.title ?? need.indes, "area": section?.area,
            "url": root + "indes/\(need.indes).html#level-\(need.level)",
            "level": need.level, "levelLabel": section?.label(for: need.level), "scaleMax": top,
            "primary": need.primary ? true : nil, "summary": need.summary,
        ])
    }

    func provision(_ provision: Provision, root: String) -> [String: Any] {
        let entry = provision.peass.flatMap { peass[$0] }
        return compact([
            "what": provision.what, "peassTitle": entry?.title,
            "peassURL": entry.map { root + "peass/\($0.id).html" },
            "kind": provision.kind.label, "who": provision.who,
            "howOften": provision.howOften?.plain ?? provision.howOftenText,
            "notQuantified": provision.kind == .additional && provision.minutesPerWeek == nil ? true : nil,
            "minutes": provision.minutes,
            "minutesPerWeek": provision.minutesPerWeek.map(Self.minutes),
            // Keys differ from the plan's own (`start`, `targets`) so a missing value never
            // falls back to the plan's in Mustache's context stack.
            "from": provision.start?.medium, "until": provision.end?.medium,
            "supports": provision.targets.map { ["id": $0, "anchor": "target-" + Slug.make($0)] },
        ])
    }

    func target(_ target: Target, in plan: Plan) -> [String: Any] {
        // A link to one of the plan's EHCP outcomes shows the outcome's words and points to it.
        let outcome = target.linksTo.flatMap { plan.ehcp?.outcome($0) }
        return compact([
            "id": target.id, "anchor": "target-" + Slug.make(target.id), "outcome": target.outcome,
            "measure": target.measure, "baseline": target.baseline, "by": target.by?.medium,
            "linksTo": outcome.map { "\($0.id): \($0.text)" } ?? target.linksTo,
            "linksToURL": outcome.map { "#" + Self.anchor(of: $0) },
            "status": target.status.label, "statusKey": target.status.rawValue,
        ])
    }

    /// The id of an EHCP outcome on the plan page.
    static func anchor(of outcome: EHCPOutcome) -> String { "outcome-" + Slug.make(outcome.id) }

    /// "90 minutes" or "1 h 30 min".
    static func minutes(_ value: Double) -> String {
        let rounded = Int(value.rounded())
        if rounded < 60 { return "\(rounded) min" }
        let hours = rounded / 60, rest = rounded % 60
        return rest == 0 ? "\(hours) h" : "\(hours) h \(rest) min"
    }
}

extension Substring {
    /// `aboutMe` → `AboutMe`.
    var capitalisingFirst: String { prefix(1).uppercased() + dropFirst() }
}
