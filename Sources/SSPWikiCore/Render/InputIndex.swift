/// Finds the content files each page is made from, with indexes built once per build.
///
/// A file is named by its number in `files` (the content files in path order), so a page's
/// files are a short sorted array of integers rather than a set of paths: `PageFingerprints`
/// works them out for every page of every rebuild.
/// A class, so that the closures reading it share one copy of its tables.
final class InputIndex: Sendable {
    let graph: LinkGraph
    /// Each page's own file.
    private let paths: [PageRef: Int]
    private let plans: [String: Plan]
    /// INDES code → files of plans with a need in that section.
    private let holders: [String: [Int]]
    /// PEaSS id → files of plans with a provision from that entry.
    private let receivers: [String: [Int]]
    /// Plan id → files of plans that list it in `related`.
    private let relatedBy: [String: [Int]]
    /// Plan id → the files its row in a list of plans shows: its own, and the INDES section of
    /// its primary need.
    private let rowFiles: [String: [Int]]
    /// INDES section or PEaSS entry → what its page's rows show of the plans that use it,
    /// hashed piece by piece as the plans are read (no text is made for a row).
    private let rowHashes: [PageRef: StampHasher]

    /// - Parameter files: the number of each content file by path.
    init(site: AnalysedSite, files: [String: Int]) {
        let model = site.model
        graph = site.graph
        plans = site.plansByID
        var paths: [PageRef: Int] = [:]
        var holders: [String: [Int]] = [:]
        var receivers: [String: [Int]] = [:]
        var relatedBy: [String: [Int]] = [:]
        var rowHashes: [PageRef: StampHasher] = [:]
        paths.reserveCapacity(model.plans.count + model.indes.count + model.peass.count + model.pages.count)
        for plan in model.plans {
            guard let file = files[plan.path] else { continue }
            paths[PageRef(.plan, plan.id)] = file
            for id in plan.related { relatedBy[id, default: []].append(file) }
            // What the plan's row shows, hashed once for every page that lists it.
            var row = StampHasher()
            row.add("plan")
            row.add(plan.id)
            row.add(plan.name)
            row.add(plan.status.rawValue)
            let shown = row.digest
            let needs = plan.needs
            for (place, need) in needs.enumerated() {
                holders[need.indes, default: []].append(file)
                let first = !needs[..<place].contains { $0.indes == need.indes }
                Self.add(need, row: first ? shown : nil, to: &rowHashes[PageRef(.indes, need.indes), default: StampHasher()])
            }
            let provisions = plan.provisions
            for (place, provision) in provisions.enumerated() {
                guard let id = provision.peass else { continue }
                receivers[id, default: []].append(file)
                let first = !provisions[..<place].contains { $0.peass == id }
                Self.add(provision, row: first ? shown : nil, to: &rowHashes[PageRef(.peass, id), default: StampHasher()])
            }
        }
        for section in model.indes { paths[PageRef(.indes, section.id)] = files[section.path] }
        for entry in model.peass { paths[PageRef(.peass, entry.id)] = files[entry.path] }
        for page in model.pages { paths[PageRef(.page, page.id)] = files[page.path] }
        var rowFiles: [String: [Int]] = [:]
        rowFiles.reserveCapacity(model.plans.count)
        for plan in model.plans {
            guard let own = paths[PageRef(.plan, plan.id)] else { continue }
            rowFiles[plan.id] = [own] + [plan.primaryNeed.flatMap { paths[PageRef(.indes, $0.indes)] }].compactMap { $0 }
        }
        self.paths = paths
        self.holders = holders
        self.receivers = receivers
        self.relatedBy = relatedBy
        self.rowFiles = rowFiles
        self.rowHashes = rowHashes
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
        case .plans(let ids): return Self.ordered(ids.flatMap { rowFiles[$0] ?? [] })
        case .history(let id): return paths[PageRef(.plan, id)].map { [$0] } ?? []
        case .version(let revision):
            // The current plan's sources too: the banner and the panels beside the past text
            // are the plan's today.
            var files = sources(of: revision.ref)
            files += (graph.pastResolved[revision.version] ?? []).compactMap { $0.flatMap { paths[$0.target] } }
            return Self.ordered(files)
        }
    }

    /// The page's own file, the pages it links to and that link to it (their titles are shown),
    /// and: for a plan, its related plans (both ways), INDES sections and PEaSS entries; for an
    /// INDES section or PEaSS entry, the plans that use it. In path order without repeats.
    func sources(of ref: PageRef) -> [Int] {
        var files = graph.linkedFrom(ref).compactMap { paths[$0] }
        for link in graph.resolved[ref] ?? [] { if let file = link.flatMap({ paths[$0.target] }) { files.append(file) } }
        if let own = paths[ref] { files.append(own) }
        switch ref.kind {
        case .plan:
            guard let plan = plans[ref.id] else { break }
            for id in plan.related { if let file = paths[PageRef(.plan, id)] { files.append(file) } }
            files += relatedBy[ref.id] ?? []
            for need in plan.needs { if let file = paths[PageRef(.indes, need.indes)] { files.append(file) } }
            for provision in plan.provisions {
                if let file = provision.peass.flatMap({ paths[PageRef(.peass, $0)] }) { files.append(file) }
            }
        case .indes:
            files += holders[ref.id] ?? []
        case .peass:
            files += receivers[ref.id] ?? []
        case .page:
            break
        }
        return Self.ordered(files)
    }

    /// What an INDES section's or a PEaSS entry's page is made from (nil for other pages, which
    /// `sources(of:)` describes): `files`, its own file and those of the pages its text links
    /// to; `rows`, the title of every page linking to it and, of each plan with a need in the
    /// section or a provision from the entry, only what its row shows — id, name, status, and
    /// those needs or provisions — hashed together. A plan edit that changes none of these (its
    /// body, its targets) leaves the page as it was.
    func rows(of ref: PageRef) -> (files: [Int], rows: StampHasher.Digest)? {
        guard ref.kind == .indes || ref.kind == .peass else { return nil }
        var files = (graph.resolved[ref] ?? []).compactMap { $0.flatMap { paths[$0.target] } }
        if let own = paths[ref] { files.append(own) }
        var rows = StampHasher()
        for page in graph.linkedFrom(ref) { rows.add(pieces: "linked from", page.kind.rawValue, page.id, graph.title(of: page)) }
        rows.add(rowHashes[ref]?.hex ?? "no rows")
        return (Self.ordered(files), rows.digest)
    }

    /// File numbers in order without repeats (a page names a few dozen at most).
    private static func ordered(_ files: [Int]) -> [Int] {
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
