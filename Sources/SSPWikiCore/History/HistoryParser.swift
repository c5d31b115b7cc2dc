/// Turns what git said into the site's history: each published page's revisions, its past
/// versions parsed with the same code as current files (in parallel, each distinct text
/// once), and a plain-English summary of every revision.
package struct HistoryParser: Sendable {
    package init() {}

    /// A content file that is published now.
    struct Current {
        let ref: PageRef
        let kind: SourceKind
        let path: String
        let text: String
        let version: PastVersion
    }

    /// The site's history; `cache` keeps the past versions parsed for the next call (`serve`).
    package func parse(
        _ loaded: LoadedHistory, sources: [SourceFile], model: ContentModel,
        cache: PastVersionCache? = nil
    ) -> SiteHistory {
        var history = SiteHistory()
        guard loaded.available else { return history }
        history.available = true
        let current = Self.published(model, sources: sources, released: cache?.currentPlans)
        let byPath = Dictionary(current.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        let planByID = Dictionary(
            current.filter { $0.ref.kind == .plan }.map { ($0.ref.id, $0) }, uniquingKeysWith: { a, _ in a })
        var changes: [PageRef: [FileChange]] = [:]
        for (key, fileChanges) in loaded.files {
            // A file is found by its path now; a plan that git cannot follow is found by its id.
            let newest = fileChanges.first?.path ?? key
            let id = SourceFile(path: newest, kind: .plan, text: "").id
            let owner = byPath[key] ?? (ContentLoader.kind(of: newest) == .plan ? planByID[id] : nil)
            if let owner { changes[owner.ref, default: []] += fileChanges }
        }
        let currentByRef = Dictionary(current.map { ($0.ref, $0) }, uniquingKeysWith: { a, _ in a })
        let glossaryTerms = Set(model.glossary.map(\.term))
        let markdown = MarkdownParser(glossaryTerms: glossaryTerms)
        let kept = cache?.versions(glossary: glossaryTerms) ?? [:]
        // Every distinct version is parsed once, in parallel; the current text is not parsed again.
        var jobs: [VersionKey: (bytes: [UInt8], file: Current)] = [:]
        jobs.reserveCapacity(loaded.blobs.count)
        for (ref, list) in changes {
            guard let file = currentByRef[ref] else { continue }
            for change in list {
                for blob in change.blobs {
                    if let bytes = loaded.blobs[blob] { jobs[VersionKey(ref: ref, blob: blob)] = (bytes, file) }
                }
            }
        }
        let work = Array(jobs)
        let parsed = ParallelMap.map(work) { job -> (PastVersion, Bool) in
            let (bytes, file) = job.value
            if file.text.hasUTF8(bytes) { return (file.version, true) }
            let key = PastVersionCache.Key(blob: job.key.blob, path: file.path, kind: file.kind)
            return (kept[key] ?? Self.version(bytes, path: file.path, kind: file.kind, markdown: markdown), false)
        }
        var currentVersions: Set<VersionKey> = []
        var keep: [PastVersionCache.Key: PastVersion] = [:]
        history.versions.reserveCapacity(work.count)
        keep.reserveCapacity(work.count)
        for (job, result) in zip(work, parsed) {
            history.versions[job.key] = result.0
            if result.1 {
                currentVersions.insert(job.key)
            } else {
                keep[PastVersionCache.Key(blob: job.key.blob, path: job.value.file.path, kind: job.value.file.kind)] = result.0
            }
        }
        cache?.keep(keep, glossary: glossaryTerms)
        let names = ChangeSummary.Names(model)
        let refs = Array(changes.keys)
        let versions = history.versions
        let found = changes
        let isCurrent = currentVersions
        // Under `serve`, a page whose changes, texts and names are as last time keeps its revisions.
        let keptRevisions = cache?.revisions(glossary: glossaryTerms, names: names) ?? [:]
        let made = ParallelMap.map(refs) { ref -> PastVersionCache.Revisions in
            let list = found[ref] ?? []
            let path = currentByRef[ref]?.path ?? ""
            // Only a kept table needs what its revisions were made from (a one-off build has none).
            var current: [String] = []
            if cache != nil {
                current = Set(list.flatMap(\.blobs)).filter { isCurrent.contains(VersionKey(ref: ref, blob: $0)) }.sorted()
            }
            if let kept = keptRevisions[ref], kept.matches(path: path, changes: list, current: current) { return kept }
            let revisions = Self.revisions(ref, changes: list, versions: versions, current: isCurrent, names: names)
            return PastVersionCache.Revisions(path: path, changes: list, current: current, revisions: revisions)
        }
        for (ref, made) in zip(refs, made) { history.revisions[ref] = made.revisions }
        cache?.keep(Dictionary(uniqueKeysWithValues: zip(refs, made)), names: names)
        for file in current where loaded.uncommitted.contains(file.path) || history.revisions[file.ref] == nil {
            history.uncommitted.insert(file.ref)
        }
        history.recent = SiteHistory.newest(history.revisions)
        return history
    }

    /// The published pages, with their current text and parsed value; `released` keeps each
    /// plan's value the very same plan while the plan is (`PastVersionCache.currentPlans`).
    static func published(_ model: ContentModel, sources: [SourceFile], released: ReleasedPlans? = nil) -> [Current] {
        let text = Dictionary(sources.map { ($0.path, $0.text) }, uniquingKeysWith: { a, _ in a })
        var files: [Current] = []
        func add(_ ref: PageRef, _ kind: SourceKind, _ path: String, _ version: PastVersion) {
            if let body = text[path] { files.append(Current(ref: ref, kind: kind, path: path, text: body, version: version)) }
        }
        let plans = model.publishedPlans
        let versions = released?.released(plans) ?? plans.map(\.withoutFieldLocations)
        for (plan, version) in zip(plans, versions) { add(PageRef(.plan, plan.id), .plan, plan.path, .plan(version)) }
        for section in model.indes {
            add(PageRef(.indes, section.id), .indes, section.path, .page(title: section.title, document: section.document))
        }
        for entry in model.peass {
            add(PageRef(.peass, entry.id), .peass, entry.path, .page(title: entry.title, document: entry.document))
        }
        for page in model.pages {
            add(PageRef(.page, page.id), .page, page.path, .page(title: page.title, document: page.document))
        }
        return files
    }

    /// Parses one past version exactly as the content parser parses a current file.
    static func version(_ bytes: [UInt8], path: String, kind: SourceKind, markdown: MarkdownParser) -> PastVersion {
        let version = parse(bytes, path: path, kind: kind, markdown: markdown)
        guard kind == .plan, case .broken(let text, let message) = version else { return version }
        return .broken(text: hidingMISID(text), message: message)
    }

    /// A plan's text with the value of its `mis_id` lines replaced: the MIS identifier is never
    /// shown on the site, not even in a past version shown as text (or diffed) because it
    /// cannot be read as a plan.
    static func hidingMISID(_ text: String) -> String {
        guard text.containsBytes("mis_id:") else { return text }
        return text.lineSlices
            .map { $0.hasPrefix("mis_id:") ? "mis_id: (not shown)" : String($0) }
            .joined(separator: "\n")
    }

    static func parse(_ bytes: [UInt8], path: String, kind: SourceKind, markdown: MarkdownParser) -> PastVersion {
        let text: String
        switch TextDecoding.decode(bytes) {
        case .failure(let bad):
            return .broken(
                text: String(decoding: bytes, as: UTF8.self),
                message: "Line \(bad.line), column \(bad.column): the file is not valid UTF-8 text")
        case .success(let decoded):
            text = decoded
        }
        let result = ContentParser.parseDocument(SourceFile(path: path, kind: kind, text: text), markdown: markdown)
        switch result.entity {
        // Nothing checks a past version's fields or searches its text, so neither is kept.
        case .plan(let plan)?:
            var past = plan.withoutFieldLocations
            past.document.plainText = ""
            return .plan(past)
        case .indes(let section)?: return .page(title: section.title, document: section.document)
        case .peass(let entry)?: return .page(title: entry.title, document: entry.document)
        case .page(let page)?: return .page(title: page.title, document: page.document)
        case nil:
            guard let error = result.diagnostics.first(where: { $0.severity == .error }) else {
                return .broken(text: text, message: "The front matter cannot be read.")
            }
            let place = error.line > 0 ? "Line \(error.line)" + (error.column > 0 ? ", column \(error.column)" : "") + ": " : ""
            return .broken(text: text, message: place + error.message + (error.hint.map { " (\($0))" } ?? ""))
        }
    }
}
