import Foundation

/// Each plan's validation problems kept between the rebuilds of a `BuildSession`, so that after
/// an edit only the plans that changed are checked again.
///
/// A plan's problems (`PlanValidator`) depend on the plan itself and on what exists around it
/// (`World`): the INDES sections and their levels, the PEaSS entries, the plans' ids, the files
/// that could not be read, and the files of the content folder. A kept entry is used only for
/// the very same parsed plan (`Plan.isSame(as:)`, as `ParseCache` gives for an unchanged file)
/// while the world is exactly as it was. Its lock guards its state.
package final class ValidationMemo: @unchecked Sendable {
    /// Everything a plan's problems depend on outside the plan.
    struct World: Equatable {
        let indes: [String: [IndesLevel]]
        let peass: Set<String>
        let plans: Set<String>
        let unparsed: Set<PageRef>
        let files: Set<String>
        let escapingLinks: Set<String>

        init(_ catalogue: Catalogue, _ model: ContentModel) {
            indes = catalogue.indes.mapValues(\.levels)
            peass = Set(catalogue.peass.keys)
            plans = catalogue.plans
            unparsed = catalogue.unparsed
            files = model.files
            escapingLinks = model.escapingLinks
        }
    }

    private let lock = NSLock()
    private var world: World?
    /// The last problems of each plan, by its path.
    private var kept: [String: (plan: Plan, problems: [Diagnostic])] = [:]
    private var checked = 0

    package init() {}

    /// How many plans the last validation checked (the others' problems were kept).
    var lastChecked: Int { lock.withLock { checked } }

    /// The problems `check` finds in each of `plans`, in order, checking (on every core) only
    /// the plans not kept for `world`.
    func problems(of plans: [Plan], in world: World, _ check: @escaping @Sendable (Plan) -> [Diagnostic]) -> [[Diagnostic]] {
        let kept = lock.withLock { self.world == world ? self.kept : [:] }
        var results: [[Diagnostic]?] = plans.map { plan in
            guard let old = kept[plan.path], old.plan.isSame(as: plan) else { return nil }
            return old.problems
        }
        let missing = results.indices.filter { results[$0] == nil }
        for (index, found) in zip(missing, ParallelMap.map(missing) { check(plans[$0]) }) { results[index] = found }
        let problems = results.map { $0! }
        var next: [String: (plan: Plan, problems: [Diagnostic])] = [:]
        next.reserveCapacity(plans.count)
        for (plan, found) in zip(plans, problems) { next[plan.path] = (plan, found) }
        lock.withLock {
            self.world = world
            self.kept = next
            checked = missing.count
        }
        return problems
    }
}
