/// Finds the content files each page is made from, with indexes built once per build.
///
/// A file is named by its number in `files` (the content files in path order), so a page's
/// files are a short sorted array of integers rather than a set of paths: `PageFingerprints`
/// works them out for every page of every rebuild.
/// A class, so that the closures reading it share one copy of its tables.
final class InputIndex: Sendable {
    let graph: LinkGraph
    /// Which files each page is made from (kept between `serve`'s rebuilds by `InputIndexMemo`).
    let layout: Layout
    /// INDES section or PEaSS entry → what its page's rows show of the plans that use it: each
    /// plan's parts (`rowParts(of:)`) added in the plans' order (no text is made for a row).
    private let rowHashes: [PageRef: StampHasher]

    /// What one plan shows in the rows of the INDES and PEaSS pages it appears on: for each
    /// need and each provision from a PEaSS entry, its page and what its row shows, hashed.
    typealias RowParts = [(ref: PageRef, part: StampHasher.Digest)]

    /// - Parameters:
    ///   - files: the number of each content file by path.
    ///   - layout: the layout of an earlier index whose model's links were alike, with the same files.
    ///   - rows: each plan's `rowParts(of:)`, in the model's order (`InputIndexMemo` keeps them).
    init(site: AnalysedSite, files: [String: Int], layout kept: Layout? = nil, rows: [RowParts]? = nil) {
        graph = site.graph
        layout = kept ?? Layout(model: site.model, graph: site.graph, plans: site.plansByID, files: files)
        let plans = site.model.plans
        var rowHashes: [PageRef: StampHasher] = [:]
        for (plan, parts) in zip(plans, rows ?? ParallelMap.map(plans, Self.rowParts)) where files[plan.path] != nil {
            for (ref, part) in parts { rowHashes[ref, default: StampHasher()].add(digest: part) }
        }
        self.rowHashes = rowHashes
    }

    /// The parts `plan` adds to the rows of INDES and PEaSS pages: its row (id, name, status)
    /// with the first need or provision on each page, then each need or provision.
    @Sendable static func rowParts(of plan: Plan) -> RowParts {
        var row = StampHasher()
        row.add("plan")
        row.add(plan.id)
        row.add(plan.name)
        row.add(plan.status.rawValue)
        let shown = row.digest
        var parts: RowParts = []
        let needs = plan.needs
        for (place, need) in needs.enumerated() {
            let first = !needs[..<place].contains { $0.indes == need.indes }
            var part = StampHasher()
            add(need, row: first ? shown : nil, to: &part)
            parts.append((PageRef(.indes, need.indes), part.digest))
        }
        let provisions = plan.provisions
        for (place, provision) in provisions.enumerated() {
            guard let id = provision.peass else { continue }
            let first = !provisions[..<place].contains { $0.peass == id }
            var part = StampHasher()
            add(provision, row: first ? shown : nil, to: &part)
            parts.append((PageRef(.peass, id), part.digest))
        }
        return parts
    }

    /// A need as its INDES section's page shows it, after the plan's row the first time.
    private static func add(_ need: Need, row: StampHasher.Digest?, to hasher: inout StampHasher) {
        if let row { hasher.add(digest: row) }
        hasher.add("need")
        hasher.add(String(need.level))
        hasher.add(need.primary ? "primary" : "-")
        hasher.add(need.summary ?? "-")
    }

    /// A provision as its PEaSS entry's page shows it, after the plan's row the first time.
    private static func add(_ provision: Provision, row: StampHasher.Digest?, to hasher: inout StampHasher) {
        if let row { hasher.add(digest: row) }
        hasher.add("provision")
        hasher.add(provision.what)
        hasher.add(provision.kind.rawValue)
        hasher.add(provision.who ?? "-")
        hasher.add(provision.howOftenText ?? "-")
        hasher.add(provision.howOften?.plain ?? "-")
        hasher.add(provision.minutes.map(String.init) ?? "-")
    }

    /// The content files `inputs` names, in path order without repeats (nil for `.everything`).
    func sources(of inputs: PageInputs) -> [Int]? {
        switch inputs {
        case .everything: return nil
        case .page(let ref): return sources(of: ref)
        case .plans(let ids): return Self.ordered(ids.flatMap { layout.tables.rowFiles[$0] ?? [] })
        case .history(let id): return layout.tables.paths[PageRef(.plan, id)].map { [$0] } ?? []
        case .version(let revision):
            // The current plan's sources too: the banner and the panels beside the past text
            // are the plan's today.
            var files = sources(of: revision.ref)
            files += (graph.pastResolved[revision.version] ?? []).compactMap { $0.flatMap { layout.tables.paths[$0.target] } }
            return Self.ordered(files)
        }
    }

    /// The files a page is made from (`Tables.sources(of:)`).
    func sources(of ref: PageRef) -> [Int] { layout.sources[ref] ?? layout.tables.sources(of: ref) }

    /// What an INDES section's or a PEaSS entry's page is made from (nil for other pages, which
    /// `sources(of:)` describes): `files`, its own file and those of the pages its text links
    /// to; `rows`, the title of every page linking to it and, of each plan with a need in the
    /// section or a provision from the entry, only what its row shows — id, name, status, and
    /// those needs or provisions — hashed together. A plan edit that changes none of these (its
    /// body, its targets) leaves the page as it was.
    func rows(of ref: PageRef) -> (files: [Int], rows: StampHasher.Digest)? {
        guard ref.kind == .indes || ref.kind == .peass else { return nil }
        let (files, linked) = layout.shown[ref] ?? layout.tables.shown(ref)
        var rows = StampHasher()
        rows.add(digest: linked)
        if let shown = rowHashes[ref] { rows.add(digest: shown.digest) } else { rows.add("no rows") }
        return (files, rows.digest)
    }

    /// File numbers in order without repeats (a page names a few dozen at most).
    static func ordered(_ files: [Int]) -> [Int] {
        var files = files
        files.sort()
        var kept = 0
        for place in files.indices where kept == 0 || files[kept - 1] != files[place] {
            files[kept] = files[place]
            kept += 1
        }
        files.removeLast(files.count - kept)
        return files
    }
}
