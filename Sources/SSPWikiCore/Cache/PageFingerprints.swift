/// A stable fingerprint of everything each page is made from, so that a rebuild — the next
/// `sspwiki build` (`PageManifest`) or the next edit under `serve` (`BuildSession`) — renders
/// again only the pages whose fingerprint changed.
///
/// A page's fingerprint covers the tool (version and executable), the day, `site.yml`, its template and every
/// partial or layout that template uses, the content files its `PageInputs` name, its own
/// revisions and their summaries (which may quote other plans' names), the meanings of the
/// glossary terms its text marks, and (for a plan) its quality findings, which may depend on
/// anything. A page that names no inputs depends on every file.
/// Fingerprints are always worked out from the source; a stored one is only ever compared.
struct PageFingerprints {
    private let global: String
    private let everything: String
    /// Each content file's path and text hashed together, by its number in path order
    /// (`InputIndex` names files by these numbers).
    private let files: [StampHasher.Digest]
    private let templates: [String: String]
    private let index: InputIndex
    private let site: AnalysedSite
    private let terms: [PageRef: [String]]
    private let meanings: [String: String]
    /// Each page's revisions (and their summaries) and whether it is uncommitted, hashed once:
    /// a plan's past versions all share them.
    private let histories: [PageRef: String]
    /// Each plan's quality findings, hashed once for its page and its past versions.
    private let findings: [String: String]
    /// What a content page's jobs (its page, passport, progress page) are made from besides
    /// their path and template, worked out once per page.
    private var pageParts: [PageRef: String] = [:]

    /// - Parameters:
    ///   - extra: anything else every list page depends on, such as the git state behind history.
    ///   - hashes: file hashes kept from an earlier build (`BuildSession`), so unchanged files
    ///     are not hashed again.
    ///   - indexes: the input index's layout kept from an earlier build (`BuildSession`).
    init(
        loaded: LoadedContent, site: AnalysedSite, templates: [String: String],
        today: Day, extra: [String] = [], hashes: SourceHashes = SourceHashes(), indexes: InputIndexMemo? = nil
    ) {
        var files: [String: String] = [:]
        var settings = StampHasher()
        settings.add("sspwiki \(SSPWikiVersion.build) today \(today.iso)")
        // Hashing every text is most of the work at 20,000 plans: it runs on every core.
        let hashed = ParallelMap.map(loaded.sources) { hashes.hash(of: $0) }
        for (source, hash) in zip(loaded.sources, hashed) {
            files[source.path] = hash
            if source.kind == .site { settings.add(source.text) }
        }
        hashes.keep(only: Set(files.keys))
        global = settings.hex
        var all = StampHasher()
        let paths = files.keys.sorted()
        var digests: [StampHasher.Digest] = []
        digests.reserveCapacity(paths.count)
        for path in paths {
            var file = StampHasher()
            file.add(path)
            file.add(files[path]!)
            digests.append(file.digest)
            all.add(digest: file.digest)
        }
        for value in extra { all.add(value) }
        everything = all.hex
        self.files = digests
        self.templates = hashes.templateHashes(templates)
        let numbers = Dictionary(uniqueKeysWithValues: zip(paths, paths.indices))
        index = indexes?.index(site: site, files: numbers) ?? InputIndex(site: site, files: numbers)
        self.site = site
        let model = site.model
        var terms: [PageRef: [String]] = [:]
        for plan in model.plans { terms[PageRef(.plan, plan.id)] = site.glossaryTerms(of: plan) }
        for section in model.indes { terms[PageRef(.indes, section.id)] = section.document.terms }
        for entry in model.peass { terms[PageRef(.peass, entry.id)] = entry.document.terms }
        for page in model.pages { terms[PageRef(.page, page.id)] = page.document.terms }
        self.terms = terms
        meanings = model.glossaryByTerm.mapValues(\.meaning)
        let refs =
            model.plans.map { PageRef(.plan, $0.id) } + model.indes.map { PageRef(.indes, $0.id) }
            + model.peass.map { PageRef(.peass, $0.id) } + model.pages.map { PageRef(.page, $0.id) }
        let history = site.history
        let historyRefs = Set(refs).union(history.revisions.keys)
        let withHistory = Array(historyRefs)
        let hashedHistories = ParallelMap.map(withHistory) { ref in
            hashes.historyHash(
                of: ref, revisions: history.revisions[ref] ?? [], uncommitted: history.uncommitted.contains(ref)
            ) { Self.hash(history: ref, of: history) }
        }
        hashes.keepHistories(only: historyRefs)
        histories = Dictionary(uniqueKeysWithValues: zip(withHistory, hashedHistories))
        let quality = site.quality
        let planIDs = Array(Set(model.plans.map(\.id)))
        findings = Dictionary(
            uniqueKeysWithValues: zip(planIDs, ParallelMap.map(planIDs) { Self.hash(findingsOf: $0, in: quality) }))
        let made = ParallelMap.map(refs) { [self] in part(of: $0) }
        pageParts = Dictionary(zip(refs, made).map { ($0, $1) }, uniquingKeysWith: { a, _ in a })
    }

    /// The part of a `.page(ref)` job's fingerprint that its path and template do not give.
    private func part(of ref: PageRef) -> String {
        var hasher = StampHasher()
        if let shown = index.rows(of: ref) {
            // An INDES section or PEaSS entry: its files, and the rows it shows of its plans.
            for file in shown.files { hasher.add(digest: files[file]) }
            hasher.add(digest: shown.rows)
        } else {
            for file in index.sources(of: ref) { hasher.add(digest: files[file]) }
        }
        add(history: ref, terms: terms[ref] ?? [], to: &hasher)
        if ref.kind == .plan { add(findingsOf: ref.id, to: &hasher) }
        return hasher.hex
    }

    /// The fingerprint of one job's output.
    func fingerprint(_ job: SiteRenderer.Job) -> String {
        var hasher = StampHasher()
        hasher.add(global)
        hasher.add(job.path)
        hasher.add(job.template.map { templates[$0] ?? "no such template" } ?? "made directly")
        if case .page(let ref) = job.inputs {
            hasher.add(pageParts[ref] ?? part(of: ref))
            return hasher.hex
        }
        guard let sources = index.sources(of: job.inputs) else {
            hasher.add(everything)
            return hasher.hex
        }
        for file in sources { hasher.add(digest: files[file]) }
        switch job.inputs {
        case .everything:
            break
        case .page:
            break
        case .plans(let ids):
            for id in ids { hasher.add(id) }
        case .history(let id):
            add(history: PageRef(.plan, id), terms: [], to: &hasher)
        case .version(let revision):
            hasher.add("\(revision.commit.hash) \(revision.version.blob)")
            var shown = terms[revision.ref] ?? []
            if case .plan(let past)? = site.history.versions[revision.version] { shown += past.document.terms }
            add(history: revision.ref, terms: shown, to: &hasher)
            add(findingsOf: revision.ref.id, to: &hasher)
        }
        return hasher.hex
    }

    /// The page's revisions (its "last changed" line and history) and the glossary meanings
    /// its text shows.
    private func add(history ref: PageRef, terms: [String], to hasher: inout StampHasher) {
        hasher.add(histories[ref] ?? Self.hash(history: ref, of: site.history))
        for term in Set(terms).sorted() {
            hasher.add(term)
            hasher.add(meanings[term] ?? "no meaning")
        }
    }

    private static func hash(history ref: PageRef, of history: SiteHistory) -> String {
        var hasher = StampHasher()
        for revision in history.revisions[ref] ?? [] {
            hasher.add(revision.commit.hash)
            // A summary may quote another page's name (a related plan), which its own files do not hold.
            for line in revision.summary.lines { hasher.add(line) }
        }
        hasher.add(history.uncommitted.contains(ref) ? "uncommitted" : "committed")
        return hasher.hex
    }

    private func add(findingsOf planID: String, to hasher: inout StampHasher) {
        hasher.add(findings[planID] ?? Self.hash(findingsOf: planID, in: site.quality))
    }

    private static func hash(findingsOf planID: String, in quality: QualityReport) -> String {
        var hasher = StampHasher()
        for finding in quality.findings(for: planID) {
            // The severity by its raw value: interpolating the enum prints it by reflection.
            hasher.add(
                "\(finding.location.line):\(finding.location.column) \(finding.severity.rawValue) \(finding.rule ?? "") \(finding.message) \(finding.hint ?? "")"
            )
        }
        return hasher.hex
    }
}
