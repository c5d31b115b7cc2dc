extension InputIndex {
    /// What the index works out from the pages' places and links alone: which files each page
    /// is made from. It is the same for two models whose links are alike (`LinkMemo.linksAlike`)
    /// with the same files, so `InputIndexMemo` keeps it between `serve`'s rebuilds.
    final class Layout: Sendable {
        let tables: Tables
        /// Each plan's, wiki page's, INDES section's and PEaSS entry's files (`Tables.sources(of:)`).
        let sources: [PageRef: [Int]]
        /// Each INDES section's and PEaSS entry's own files and those it links to, and its
        /// "linked from" rows hashed (`Tables.shown(_:)`).
        let shown: [PageRef: (files: [Int], linked: StampHasher.Digest)]

        init(model: ContentModel, graph: LinkGraph, plans: [String: Plan], files: [String: Int]) {
            let tables = Tables(model: model, graph: graph, plans: plans, files: files)
            self.tables = tables
            let refs =
                model.plans.map { PageRef(.plan, $0.id) } + model.indes.map { PageRef(.indes, $0.id) }
                + model.peass.map { PageRef(.peass, $0.id) } + model.pages.map { PageRef(.page, $0.id) }
            // Every page's files at once, on every core: each page asks for its own once.
            sources = Dictionary(zip(refs, ParallelMap.map(refs, tables.sources)), uniquingKeysWith: { a, _ in a })
            let catalogue = model.indes.map { PageRef(.indes, $0.id) } + model.peass.map { PageRef(.peass, $0.id) }
            shown = Dictionary(zip(catalogue, ParallelMap.map(catalogue, tables.shown)), uniquingKeysWith: { a, _ in a })
        }
    }

    /// The tables the layout is worked out from.
    struct Tables: Sendable {
        /// Each page's own file.
        let paths: [PageRef: Int]
        /// Plan id → the files its row in a list of plans shows: its own, and the INDES
        /// section of its primary need.
        let rowFiles: [String: [Int]]
        let graph: LinkGraph
        let plans: [String: Plan]
        /// INDES code → files of plans with a need in that section.
        let holders: [String: [Int]]
        /// PEaSS id → files of plans with a provision from that entry.
        let receivers: [String: [Int]]
        /// Plan id → files of plans that list it in `related`.
        let relatedBy: [String: [Int]]

        init(model: ContentModel, graph: LinkGraph, plans: [String: Plan], files: [String: Int]) {
            var paths: [PageRef: Int] = [:]
            var holders: [String: [Int]] = [:]
            var receivers: [String: [Int]] = [:]
            var relatedBy: [String: [Int]] = [:]
            paths.reserveCapacity(model.plans.count + model.indes.count + model.peass.count + model.pages.count)
            for plan in model.plans {
                guard let file = files[plan.path] else { continue }
                paths[PageRef(.plan, plan.id)] = file
                for id in plan.related { relatedBy[id, default: []].append(file) }
                for need in plan.needs { holders[need.indes, default: []].append(file) }
                let provisions = plan.provisions
                for place in provisions.indices {
                    if let id = provisions[place].peass { receivers[id, default: []].append(file) }
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
            self.rowFiles = rowFiles
            self.graph = graph
            self.plans = plans
            self.holders = holders
            self.receivers = receivers
            self.relatedBy = relatedBy
        }

        /// The page's own file, the pages it links to and that link to it (their titles are
        /// shown), and: for a plan, its related plans (both ways), INDES sections and PEaSS
        /// entries; for an INDES section or PEaSS entry, the plans that use it. In path order
        /// without repeats.
        @Sendable func sources(of ref: PageRef) -> [Int] {
            var files = graph.linkedFrom(ref).compactMap { paths[$0] }
            for link in graph.resolved[ref] ?? [] { if let file = link.flatMap({ paths[$0.target] }) { files.append(file) } }
            if let own = paths[ref] { files.append(own) }
            switch ref.kind {
            case .plan:
                guard let plan = plans[ref.id] else { break }
                for id in plan.related { if let file = paths[PageRef(.plan, id)] { files.append(file) } }
                files += relatedBy[ref.id] ?? []
                for need in plan.needs { if let file = paths[PageRef(.indes, need.indes)] { files.append(file) } }
                let provisions = plan.provisions
                for place in provisions.indices {
                    if let file = provisions[place].peass.flatMap({ paths[PageRef(.peass, $0)] }) { files.append(file) }
                }
            case .indes:
                files += holders[ref.id] ?? []
            case .peass:
                files += receivers[ref.id] ?? []
            case .page:
                break
            }
            return InputIndex.ordered(files)
        }

        /// An INDES section's or PEaSS entry's own file and those its text links to, and the
        /// title of every page linking to it.
        @Sendable func shown(_ ref: PageRef) -> (files: [Int], linked: StampHasher.Digest) {
            var files = (graph.resolved[ref] ?? []).compactMap { $0.flatMap { paths[$0.target] } }
            if let own = paths[ref] { files.append(own) }
            var linked = StampHasher()
            for page in graph.linkedFrom(ref) {
                linked.add(pieces: "linked from", page.kind.rawValue, page.id, graph.title(of: page))
            }
            return (InputIndex.ordered(files), linked.digest)
        }
    }
}
