import Foundation

/// Each plan's quality findings kept between the rebuilds of a `BuildSession`, so that after an
/// edit only the plans whose findings can have changed are inspected again.
///
/// A plan's findings depend on its own file; on what all plans share (`Inputs.world`: the day,
/// site.yml, the glossary, the INDES and PEaSS files, and which plans the audience may not see);
/// on where its `[[…]]` links lead; on its previous plan number; and on the day it last
/// changed. An entry is used only while every one of these is exactly as it was, so the
/// findings are always those a new check would give. Its lock guards all of its state.
package final class QualityCache: @unchecked Sendable {
    /// What one check's findings are made from, besides the plans themselves.
    struct Inputs: Sendable {
        /// Which model is checked (the leads' or an audience's): each keeps its own entries.
        let scope: String
        /// Everything a plan's findings can depend on outside its own file.
        let world: [String]
        /// Plan file path → its text.
        let texts: [String: String]

        /// The inputs of a check of `loaded`'s content, redacted for `scope` with `withheld`
        /// plans (id → the name shown instead) taken out.
        init(loaded: LoadedContent, today: Day, scope: String, withheld: [String] = []) {
            self.scope = scope
            var world = ["today " + today.iso] + withheld
            var texts: [String: String] = [:]
            for source in loaded.sources {
                if source.kind == .plan { texts[source.path] = source.text } else { world += [source.path, source.text] }
            }
            self.world = world
            self.texts = texts
        }
    }

    /// What a plan's findings were worked out from.
    private struct Key: Equatable {
        let text: String
        let links: [ResolvedLink?]
        let previous: Int?
        let lastChanged: Day?
    }

    private struct Entry {
        let key: Key
        let findings: [Diagnostic]
    }

    private struct Scope {
        let world: [String]
        let entries: [String: Entry]
    }

    private let lock = NSLock()
    private var scopes: [String: Scope] = [:]
    private var inspected: [String: Int] = [:]

    package init() {}

    /// How many plans the last check of `scope` inspected (the others' findings were kept).
    func lastInspected(_ scope: String) -> Int { lock.withLock { inspected[scope] ?? 0 } }

    /// The findings of every plan in `plans` (before site.yml's severities), inspecting only
    /// those whose inputs changed since the last check of the same scope.
    func findings(_ plans: [Plan], shared: PlanInspector.Shared, inputs: Inputs) -> [[Diagnostic]] {
        let kept = lock.withLock { scopes[inputs.scope].flatMap { $0.world == inputs.world ? $0.entries : nil } ?? [:] }
        let keys = plans.map { plan in
            inputs.texts[plan.path].map {
                Key(
                    text: $0, links: shared.links[PageRef(.plan, plan.id)] ?? [],
                    previous: shared.previousPlanNumbers[plan.id], lastChanged: shared.lastChanged[plan.id])
            }
        }
        var results: [[Diagnostic]?] = zip(plans, keys).map { plan, key in
            guard let key, let entry = kept[plan.path], entry.key == key else { return nil }
            return entry.findings
        }
        let missing = results.indices.filter { results[$0] == nil }
        let made = ParallelMap.map(missing) { PlanInspector(plan: plans[$0], shared: shared).inspect() }
        for (index, findings) in zip(missing, made) { results[index] = findings }
        var entries: [String: Entry] = [:]
        for (index, plan) in plans.enumerated() {
            if let key = keys[index] { entries[plan.path] = Entry(key: key, findings: results[index]!) }
        }
        lock.withLock {
            scopes[inputs.scope] = Scope(world: inputs.world, entries: entries)
            inspected[inputs.scope] = missing.count
        }
        return results.map { $0! }
    }
}
