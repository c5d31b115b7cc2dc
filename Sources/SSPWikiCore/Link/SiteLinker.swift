/// Stage 4: resolves every `[[…]]` link and builds the link graph with backlinks.
///
/// A link to nothing is an error at the link's line and column. Draft plans can be linked
/// to while writing but are not published, so a link to a draft is reported too.
package struct SiteLinker: Sendable {
    package init() {}

    /// Links the model's pages; with a `history`, the links of its past versions too.
    package func link(_ model: ContentModel, history: SiteHistory = SiteHistory()) -> (LinkGraph, [Diagnostic]) {
        var (graph, diagnostics, targets) = linkPages(model)
        graph.pastResolved = resolvePast(history, targets: targets)
        return (graph, diagnostics)
    }

    /// Links the model's pages (not past versions), and says which pages a link can lead to.
    func linkPages(_ model: ContentModel) -> (LinkGraph, [Diagnostic], Targets) {
        var graph = LinkGraph()
        var diagnostics: [Diagnostic] = []
        let targets = Targets(model)
        let (byID, drafts, levels) = (targets.byID, targets.drafts, targets.levels)
        let pages = model.plans.count + model.indes.count + model.peass.count + model.pages.count
        graph.titles.reserveCapacity(pages)
        graph.resolved.reserveCapacity(pages)
        graph.backlinks.reserveCapacity(pages)
        for plan in model.plans { graph.titles[PageRef(.plan, plan.id)] = plan.name }
        for section in model.indes { graph.titles[PageRef(.indes, section.id)] = section.title }
        for entry in model.peass { graph.titles[PageRef(.peass, entry.id)] = entry.title }
        for page in model.pages { graph.titles[PageRef(.page, page.id)] = page.title }

        // Backlinks are in title order: every page's place in it is worked out once, and each
        // page's backlinks are gathered as places (an INDES section has one from every plan
        // with that need), then sorted and freed of repeats.
        let titled = Array(graph.titles.keys).sorted(byKey: { (graph.title(of: $0).lowercased(), $0) }, by: <)
        let place = Dictionary(uniqueKeysWithValues: zip(titled, titled.indices))
        var incoming: [[Int]?] = Array(repeating: nil, count: titled.count)
        func edge(to target: PageRef, from source: Int?) {
            guard let source, let target = place[target] else { return }
            if incoming[target] == nil { incoming[target] = [source] } else { incoming[target]?.append(source) }
        }
        var relatedPairs: [(String, String)] = []
        func resolve(_ source: PageRef, _ links: [WikiLink], published: Bool) {
            var results: [ResolvedLink?] = []
            let from = place[source]
            for link in links {
                let (result, problem) = resolveOne(link, byID: byID, levels: levels)
                // A link to a file that could not be read is not a mistake of its own: the
                // error is reported once, at that file.
                if let problem, !names(link, in: model.unparsed) { diagnostics.append(problem) }
                if let result, drafts.contains(result.target.id), result.target.kind == .plan, published {
                    diagnostics.append(
                        .error(
                            "'[[\(link.raw)]]' links to a draft plan, which is not published",
                            at: link.location,
                            hint: "remove the link or set the plan's `status` to active"))
                    results.append(nil)
                    continue
                }
                results.append(result)
                if let result, result.target != source { edge(to: result.target, from: from) }
            }
            graph.resolved[source] = results
        }
        for plan in model.plans {
            let ref = PageRef(.plan, plan.id)
            resolve(ref, plan.allLinks, published: plan.status != .draft)
            guard plan.status != .draft else { continue }
            let from = place[ref]
            for id in plan.related where id != plan.id && byID[id]?.contains(PageRef(.plan, id)) == true && !drafts.contains(id) {
                // Related plans link both ways even when only one lists the other.
                edge(to: PageRef(.plan, id), from: from)
                edge(to: ref, from: place[PageRef(.plan, id)])
                relatedPairs.append((plan.id, id))
            }
            for need in plan.needs { edge(to: PageRef(.indes, need.indes), from: from) }
            for provision in plan.provisions {
                if let peass = provision.peass { edge(to: PageRef(.peass, peass), from: from) }
            }
        }
        // Each plan's own `related` list first, then the plans that list it.
        var relatedSeen: Set<[String]> = []
        for (a, b) in relatedPairs + relatedPairs.map({ ($1, $0) }) where relatedSeen.insert([a, b]).inserted {
            graph.related[a, default: []].append(b)
        }
        for section in model.indes { resolve(PageRef(.indes, section.id), section.document.links, published: true) }
        for entry in model.peass { resolve(PageRef(.peass, entry.id), entry.document.links, published: true) }
        for page in model.pages { resolve(PageRef(.page, page.id), page.document.links, published: true) }
        for (target, sources) in incoming.enumerated() {
            guard var sources else { continue }
            sources.sort()
            var shown: [PageRef] = []
            var last = -1
            for source in sources where source != last {
                last = source
                let ref = titled[source]
                if !(ref.kind == .plan && drafts.contains(ref.id)) { shown.append(ref) }
            }
            graph.backlinks[titled[target]] = shown
        }
        return (graph, diagnostics, targets)
    }

    /// Whether `link` names one of `refs` (of its kind, when it gives one).
    func names(_ link: WikiLink, in refs: Set<PageRef>) -> Bool {
        refs.contains { $0.id == link.target && (link.kind == nil || link.kind?.rawValue == $0.kind.rawValue) }
    }

    func resolveOne(_ link: WikiLink, byID: [String: [PageRef]], levels: [String: Set<Int>]) -> (ResolvedLink?, Diagnostic?) {
        if let unknown = link.unknownKind {
            let kinds = WikiLinkKind.allCases.map(\.rawValue)
            return (
                nil,
                .error(
                    "'[[\(link.raw)]]' uses an unknown kind of page '\(unknown)'", at: link.location,
                    hint: Suggestion.hint(for: unknown, in: kinds) ?? "use plan:, page:, peass: or indes:")
            )
        }
        let candidates = byID[link.target] ?? []
        let matches = link.kind.map { kind in candidates.filter { $0.kind.rawValue == kind.rawValue } } ?? candidates
        guard let target = matches.first else {
            let pool =
                link.kind.map { kind in byID.values.flatMap { $0 }.filter { $0.kind.rawValue == kind.rawValue }.map(\.id) }
                ?? Array(byID.keys)
            let near = Suggestion.closest(to: link.target, in: pool)
            return (
                nil,
                .error(
                    "'[[\(link.raw)]]' links to a page that does not exist", at: link.location,
                    hint: near.map { "did you mean '\($0)'?" } ?? "check the id, or create the page it names")
            )
        }
        if matches.count > 1 {
            let written = matches.map { "[[\($0.kind.rawValue):\(link.target)]]" }.joined(separator: " or ")
            return (nil, .error("'[[\(link.raw)]]' could mean more than one page", at: link.location, hint: "write \(written)"))
        }
        if let level = link.level {
            guard target.kind == .indes else {
                return (
                    nil,
                    .error(
                        "'[[\(link.raw)]]': only INDES sections have levels", at: link.location,
                        hint: "remove '/\(level)', or link to an INDES section")
                )
            }
            guard levels[target.id]?.contains(level) == true else {
                let known = (levels[target.id] ?? []).sorted().map(String.init).joined(separator: ", ")
                return (
                    nil,
                    .error(
                        "'[[\(link.raw)]]': INDES section '\(target.id)' has no level \(level)", at: link.location,
                        hint: "use one of the levels \(known)")
                )
            }
        }
        return (ResolvedLink(target: target, level: link.level), nil)
    }
}
