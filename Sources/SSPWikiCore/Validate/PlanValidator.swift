/// Checks one plan's references: INDES codes and levels, PEaSS ids, related plans, target
/// ids, and files named in front matter or the body.
struct PlanValidator {
    let plan: Plan
    let catalogue: Catalogue
    let model: ContentModel

    func at(_ path: String) -> SourceLocation { plan.locations.location(of: path) }

    func validate() -> [Diagnostic] {
        var out: [Diagnostic] = []
        if plan.review < plan.start {
            out.append(
                .error(
                    "the review date \(plan.review.iso) is before the start date \(plan.start.iso)", at: at("review"),
                    hint: "set `review` to a date after `start`, usually within one term"))
        }
        for (index, need) in plan.needs.enumerated() {
            let path = "needs[\(index)].indes"
            guard let section = catalogue.indes[need.indes] else {
                if catalogue.unparsed.contains(PageRef(.indes, need.indes)) { continue }
                out.append(
                    .error(
                        "unknown INDES section '\(need.indes)' in '\(path)'", at: at(path),
                        hint: Suggestion.hint(for: need.indes, in: catalogue.indes.keys.sorted())
                            ?? "add content/indes/\(need.indes).md or use the code of an existing section"))
                continue
            }
            if section.label(for: need.level) == nil {
                let levels = section.levels.map { String($0.level) }
                out.append(
                    .error(
                        "level \(need.level) is not on the scale of INDES section '\(need.indes)'",
                        at: at("needs[\(index)].level"), hint: "use one of the levels \(levels.joined(separator: ", "))"))
            }
        }
        if plan.needs.filter(\.primary).count > 1 {
            out.append(
                .warning(
                    "more than one need is marked primary", at: at("needs"),
                    hint: "mark only the main area of need with `primary: true`"))
        }
        var targetIDs: [String: Int] = [:]
        // A provision naming a target no target has is most likely naming the one whose id was
        // written twice: that is said in the duplicate's hint, not as errors of their own.
        let unnamed = Set(plan.provisions.flatMap(\.targets)).subtracting(plan.targets.map(\.id)).sorted()
        let hasDuplicate = Set(plan.targets.map(\.id)).count < plan.targets.count
        for (index, target) in plan.targets.enumerated() {
            if let earlier = targetIDs[target.id] {
                let hint =
                    unnamed.isEmpty
                    ? "give each target its own id, such as T1, T2, T3"
                    : "give each target its own id; provisions name \(unnamed.map { "'\($0)'" }.joined(separator: ", ")), which no target has"
                out.append(
                    .error(
                        "target id '\(target.id)' is used twice (also targets[\(earlier)])", at: at("targets[\(index)].id"),
                        hint: hint))
            }
            targetIDs[target.id] = index
        }
        out += ehcpLinks()
        for (index, provision) in plan.provisions.enumerated() {
            if let peass = provision.peass, catalogue.peass[peass] == nil, !catalogue.unparsed.contains(PageRef(.peass, peass)) {
                let path = "provisions[\(index)].peass"
                out.append(
                    .error(
                        "unknown PEaSS entry '\(peass)' in '\(path)'", at: at(path),
                        hint: Suggestion.hint(for: peass, in: catalogue.peass.keys.sorted(), listing: false)
                            ?? "add content/peass/\(peass).md or use the id of an existing entry"))
            }
            for (t, id) in provision.targets.enumerated() where targetIDs[id] == nil && !hasDuplicate {
                let path = "provisions[\(index)].targets[\(t)]"
                out.append(
                    .error(
                        "provision names target '\(id)', which this plan does not have", at: at(path),
                        hint: Suggestion.hint(for: id, in: plan.targets.map(\.id))
                            ?? "use the id of one of this plan's targets"))
            }
        }
        for (index, id) in plan.related.enumerated() {
            let path = "related[\(index)]"
            if id == plan.id {
                out.append(.warning("a plan cannot be related to itself", at: at(path), hint: "remove '\(id)' from `related`"))
            } else if !catalogue.plans.contains(id), !catalogue.unparsed.contains(PageRef(.plan, id)) {
                out.append(
                    .error(
                        "unknown plan '\(id)' in '\(path)'", at: at(path),
                        hint: Suggestion.hint(for: id, in: catalogue.plans.sorted(), listing: false)
                            ?? "use the id (file name) of another plan"))
            }
        }
        let paths = PathChecker(model: model)
        if let photo = plan.photo { out += paths.check(photo, field: "photo", at: at("photo")) }
        for (index, external) in plan.external.enumerated() {
            if let report = external.report {
                out += paths.check(report, field: "external[\(index)].report", at: at("external[\(index)].report"))
            }
        }
        out += paths.checkLocalReferences(plan.document)
        return out
    }

    /// With the EHCP's outcomes written, each target's `links_to` names one of them, and
    /// each outcome id is used once. Without them, `links_to` is free text.
    func ehcpLinks() -> [Diagnostic] {
        guard let outcomes = plan.ehcp?.outcomes, !outcomes.isEmpty else { return [] }
        var out: [Diagnostic] = []
        var seen: [String: Int] = [:]
        for (index, outcome) in outcomes.enumerated() {
            if let earlier = seen[outcome.id] {
                out.append(
                    .error(
                        "EHCP outcome id '\(outcome.id)' is used twice (also ehcp.outcomes[\(earlier)])",
                        at: at("ehcp.outcomes[\(index)].id"), hint: "give each outcome its own id, such as O1, O2, O3"))
            }
            seen[outcome.id] = index
        }
        let ids = outcomes.map(\.id)
        for (index, target) in plan.targets.enumerated() {
            guard let link = target.linksTo, seen[link] == nil else { continue }
            out.append(
                .error(
                    "target \(target.id) links to '\(link)', which is not one of the EHCP outcomes in `ehcp.outcomes`",
                    at: at("targets[\(index)].links_to"),
                    hint: Suggestion.hint(for: link, in: ids) ?? "use the id of one of the plan's EHCP outcomes"))
        }
        return out
    }
}
