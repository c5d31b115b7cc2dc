import Foundation

/// The link graph kept between the rebuilds of a `BuildSession`: when no page's id, title,
/// status or `[[…]]` links changed, nor any plan's `related`, INDES codes or PEaSS ids (an edit
/// of a plan's body text, targets or provisions' other fields), the last graph is the one
/// linking would make again, and is used as it is; of the past versions' links, only those of
/// versions not seen before are resolved. A graph whose linking found problems is not kept, so
/// that every problem is reported again at its place. Its lock guards its state.
package final class LinkMemo: @unchecked Sendable {
    private struct Kept {
        let model: ContentModel
        let graph: LinkGraph
        let targets: SiteLinker.Targets
        /// The past versions' links last resolved against `targets`.
        var past: [VersionKey: [ResolvedLink?]] = [:]
    }

    private let lock = NSLock()
    /// The last graph by scope (the leads' model, an audience's model).
    private var kept: [String: Kept] = [:]
    private var reused: [String: Bool] = [:]

    package init() {}

    /// Whether the last linking of `scope` used the kept graph.
    func lastReused(_ scope: String) -> Bool { lock.withLock { reused[scope] ?? false } }

    /// `SiteLinker().link(model, history:)`, from the graph kept for `scope` when the model's
    /// links are those it was made from.
    func link(_ model: ContentModel, history: SiteHistory, scope: String) -> (LinkGraph, [Diagnostic]) {
        let linker = SiteLinker()
        if let old = lock.withLock({ kept[scope] }), Self.linksAlike(old.model, model) {
            var graph = old.graph
            graph.pastResolved = linker.resolvePast(history, targets: old.targets, known: old.past)
            lock.withLock {
                kept[scope]?.past = graph.pastResolved
                reused[scope] = true
            }
            return (graph, [])
        }
        var (graph, diagnostics, targets) = linker.linkPages(model)
        graph.pastResolved = linker.resolvePast(history, targets: targets)
        let past = graph.pastResolved
        lock.withLock {
            kept[scope] = diagnostics.isEmpty ? Kept(model: model, graph: graph, targets: targets, past: past) : nil
            reused[scope] = false
        }
        return (graph, diagnostics)
    }

    /// Whether linking `new` gives the graph and problems linking `old` gave: every field the
    /// linker reads is the same, in the same order.
    static func linksAlike(_ old: ContentModel, _ new: ContentModel) -> Bool {
        guard old.unparsed == new.unparsed, old.plans.count == new.plans.count, old.indes.count == new.indes.count,
            old.peass.count == new.peass.count, old.pages.count == new.pages.count
        else { return false }
        let plansAlike = old.plans.matches(new.plans) { a, b in
            a.id == b.id && a.name == b.name && a.status == b.status && a.related == b.related
                && a.needs.map(\.indes) == b.needs.map(\.indes) && a.provisions.map(\.peass) == b.provisions.map(\.peass)
                && sameLinks(a.allLinks, b.allLinks)
        }
        guard plansAlike else { return false }
        for (a, b) in zip(old.indes, new.indes) {
            guard a.id == b.id, a.title == b.title, a.levels.map(\.level) == b.levels.map(\.level),
                sameLinks(a.document.links, b.document.links)
            else { return false }
        }
        for (a, b) in zip(old.peass, new.peass) {
            guard a.id == b.id, a.title == b.title, sameLinks(a.document.links, b.document.links) else { return false }
        }
        for (a, b) in zip(old.pages, new.pages) {
            guard a.id == b.id, a.title == b.title, sameLinks(a.document.links, b.document.links) else { return false }
        }
        return true
    }

    /// The same links but for where they were written (a line added above one moves it, and
    /// moves nothing in the graph).
    private static func sameLinks(_ a: [WikiLink], _ b: [WikiLink]) -> Bool {
        a.count == b.count
            && zip(a, b).allSatisfy {
                $0.raw == $1.raw && $0.target == $1.target && $0.kind == $1.kind && $0.unknownKind == $1.unknownKind
                    && $0.level == $1.level
            }
    }
}
