/// Needs, provision and targets fit together: every need has support in its area, and every
/// target has provision working towards it.
extension PlanInspector {
    func coverage() -> [Diagnostic] {
        var out: [Diagnostic] = []
        let supported = Set(plan.provisions.flatMap(\.targets))
        for (index, target) in plan.targets.enumerated() where !supported.contains(target.id) {
            out.append(
                finding(
                    .targetNoProvision, "no provision on the plan works towards target \(target.id)",
                    at: at("targets[\(index)]")))
        }
        let covered = coveredAreas()
        for (index, need) in plan.needs.enumerated() {
            // A need whose section names no broad area cannot be matched; saying nothing is
            // better than a finding that may be wrong.
            guard let section = shared.indes[need.indes],
                let area = PeassCategory(broadArea: section.area ?? section.title),
                !covered.contains(area)
            else { continue }
            out.append(
                finding(
                    .needNotAddressed,
                    "the need '\(section.title)' (\(area.label.lowercased())) has no provision from that area of PEaSS",
                    at: at("needs[\(index)]")))
        }
        return out
    }

    /// The broad areas of the PEaSS entries the plan uses: named by its provisions, or linked
    /// from its body as strategies.
    func coveredAreas() -> Set<PeassCategory> {
        var ids = plan.provisions.compactMap(\.peass)
        for link in shared.links[PageRef(.plan, plan.id)] ?? [] {
            if let target = link?.target, target.kind == .peass { ids.append(target.id) }
        }
        return Set(ids.compactMap { shared.peass[$0]?.category })
    }
}
