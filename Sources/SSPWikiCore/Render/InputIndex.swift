/// Finds the content files each page is made from, with indexes built once per build.
struct InputIndex {
    let graph: LinkGraph
    private var paths: [PageRef: String] = [:]
    private let plans: [String: Plan]
    /// INDES code → files of plans with a need in that section.
    private var holders: [String: [String]] = [:]
    /// PEaSS id → files of plans with a provision from that entry.
    private var receivers: [String: [String]] = [:]
    /// Plan id → files of plans that list it in `related`.
    private var relatedBy: [String: [String]] = [:]
    /// INDES section or PEaSS entry → what its page's rows show of the plans that use it,
    /// hashed piece by piece as the plans are read (no text is made for a row).
    private var rowHashes: [PageRef: StampHasher] = [:]

    init(site: AnalysedSite) {
        let model = site.model
        graph = site.graph
        plans = site.plansByID
        for plan in model.plans {
            paths[PageRef(.plan, plan.id)] = plan.path
            for need in plan.needs { holders[need.indes, default: []].append(plan.path) }
            for provision in plan.provisions { if let id = provision.peass { receivers[id, default: []].append(plan.path) } }
            for id in plan.related { relatedBy[id, default: []].append(plan.path) }
            func addRow(to ref: PageRef) {
                rowHashes[ref, default: StampHasher()].add(pieces: "plan", plan.id, plan.name, plan.status.rawValue)
            }
            for code in Set(plan.needs.map(\.indes)) { addRow(to: PageRef(.indes, code)) }
            for need in plan.needs {
                rowHashes[PageRef(.indes, need.indes), default: StampHasher()].add(
                    pieces: "need", String(need.level), need.primary ? "primary" : "-", need.summary ?? "-")
            }
            for id in Set(plan.provisions.compactMap(\.peass)) { addRow(to: PageRef(.peass, id)) }
            for provision in plan.provisions {
                guard let id = provision.peass else { continue }
                rowHashes[PageRef(.peass, id), default: StampHasher()].add(
                    pieces: "provision", provision.what, provision.kind.rawValue, provision.who ?? "-",
                    provision.howOftenText ?? "-", provision.howOften?.plain ?? "-", provision.minutes.map(String.init) ?? "-")
            }
        }
        for section in model.indes { paths[PageRef(.indes, section.id)] = section.path }
        for entry in model.peass { paths[PageRef(.peass, entry.id)] = entry.path }
        for page in model.pages { paths[PageRef(.page, page.id)] = page.path }
    }

    /// The content files `inputs` names (nil for `.everything`).
    func sources(of inputs: PageInputs) -> Set<String>? {
        switch inputs {
        case .everything: return nil
        case .page(let ref): return sources(of: ref)
        case .plans(let ids): return Set(ids.flatMap(rowSources))
        case .history(let id): return Set([paths[PageRef(.plan, id)]].compactMap { $0 })
        case .version(let revision):
            // The current plan's sources too: the banner and the panels beside the past text
            // are the plan's today.
            var files = sources(of: revision.ref)
            files.formUnion((graph.pastResolved[revision.version] ?? []).compactMap { $0.flatMap { paths[$0.target] } })
            return files
        }
    }

    /// The page's own file, the pages it links to and that link to it (their titles are shown),
    /// and: for a plan, its related plans (both ways), INDES sections and PEaSS entries; for an
    /// INDES section or PEaSS entry, the plans that use it.
    func sources(of ref: PageRef) -> Set<String> {
        var refs = graph.linkedFrom(ref)
        refs += (graph.resolved[ref] ?? []).compactMap { $0?.target }
        var files = Set(refs.compactMap { paths[$0] })
        if let own = paths[ref] { files.insert(own) }
        switch ref.kind {
        case .plan:
            guard let plan = plans[ref.id] else { break }
            files.formUnion(plan.related.compactMap { paths[PageRef(.plan, $0)] })
            files.formUnion(relatedBy[ref.id] ?? [])
            files.formUnion(plan.needs.compactMap { paths[PageRef(.indes, $0.indes)] })
            files.formUnion(plan.provisions.compactMap { $0.peass.flatMap { paths[PageRef(.peass, $0)] } })
        case .indes:
            files.formUnion(holders[ref.id] ?? [])
        case .peass:
            files.formUnion(receivers[ref.id] ?? [])
        case .page:
            break
        }
        return files
    }

    /// What an INDES section's or a PEaSS entry's page is made from (nil for other pages, which
    /// `sources(of:)` describes): `files`, its own file and those of the pages its text links
    /// to; `rows`, texts to hash: the title of every page linking to it and, of each plan with a
    /// need in the section or a provision from the entry, only what its row shows — id, name,
    /// status, and those needs or provisions (as one hash). A plan edit that changes none of these
    /// (its body, its targets) leaves the page as it was.
    func rows(of ref: PageRef) -> (files: [String], rows: [String])? {
        guard ref.kind == .indes || ref.kind == .peass else { return nil }
        var files = Set((graph.resolved[ref] ?? []).compactMap { $0.flatMap { paths[$0.target] } })
        if let own = paths[ref] { files.insert(own) }
        let texts = graph.linkedFrom(ref).map { "linked from " + $0.kind.rawValue + " " + $0.id + " " + graph.title(of: $0) }
        return (files.sorted(), texts + [rowHashes[ref]?.hex ?? "no rows"])
    }

    /// What one row of a plan list shows: the plan, and the INDES section of its primary need.
    private func rowSources(_ id: String) -> [String] {
        guard let plan = plans[id] else { return [] }
        return [plan.path] + [plan.primaryNeed.flatMap { paths[PageRef(.indes, $0.indes)] }].compactMap { $0 }
    }
}
