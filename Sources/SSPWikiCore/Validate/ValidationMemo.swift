import Foundation

/// Each plan's validation problems kept between the rebuilds of a `BuildSession`, so that after
/// an edit only the plans that changed are checked again.
///
/// A plan's problems (`PlanValidator`) depend on the plan itself and on what exists around it
/// (`World`): the INDES sections and their levels, the PEaSS entries, the plans' ids, the files
/// that could not be read, and the files of the content folder. A kept entry is used only for
/// the very same parsed plan (`PlanMemo`) while the world is exactly as it was. Its lock guards
/// its state.
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
    private let memo = PlanMemo<[Diagnostic]>()

    package init() {}

    /// How many plans the last validation checked (the others' problems were kept).
    var lastChecked: Int { memo.lastMade }

    /// The problems `check` finds in each of `plans`, in order, checking (on every core) only
    /// the plans not kept for `world`.
    func problems(of plans: [Plan], in world: World, _ check: @escaping @Sendable (Plan) -> [Diagnostic]) -> [[Diagnostic]] {
        let same = lock.withLock {
            defer { self.world = world }
            return self.world == world
        }
        if !same { memo.forget() }
        return memo.values(of: plans, check)
    }
}
