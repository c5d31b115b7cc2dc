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

    /// The site's history; `cache` keeps each page's part for the next call (`serve`).
    package func parse(
        _ loaded: LoadedHistory, sources: [SourceFile], model: ContentModel,
        cache: PastVersionCache? = nil
    ) -> SiteHistory {
        var history = SiteHistory()
        guard loaded.available else { return history }
        history.available = true
        let current = Self.published(model, sources: sources, released: cache?.currentPlans)
        let changes = Self.changes(loaded.files, of: current)
        let glossaryTerms = Set(model.glossary.map(\.term))
        let names = ChangeSummary.Names(model)
        let kept = cache?.kept(glossary: glossaryTerms, names: names) ?? PastVersionCache.Kept()
        var pages: [PageRef: PastVersionCache.Page] = [:]
        pages.reserveCapacity(changes.count)
        var stale: [(file: Current, changes: [FileChange])] = []
        var seen: Set<PageRef> = []
        for file in current where seen.insert(file.ref).inserted {
            guard let list = changes[file.ref] else { continue }
            if kept.sameNames, let page = kept.pages[file.ref], page.holds(file, changes: list) {
                pages[file.ref] = page
            } else {
                stale.append((file, list))
            }
        }
        // Each changed page is made on its own, on every core; its versions are parsed once
        // each, and a version with the current text is the current value, not parsed again.
        let markdown = MarkdownParser(glossaryTerms: glossaryTerms)
        let blobs = loaded.blobs
        let made = ParallelMap.map(stale) {
            Self.page($0.file, changes: $0.changes, blobs: blobs, kept: kept, names: names, markdown: markdown)
        }
        let remade = Dictionary(zip(stale.map(\.file.ref), made), uniquingKeysWith: { a, _ in a })
        pages.merge(remade) { _, new in new }
        Self.assemble(&history, pages: pages, remade: remade, kept: kept)
        for file in current where loaded.uncommitted.contains(file.path) || history.revisions[file.ref] == nil {
            history.uncommitted.insert(file.ref)
        }
        cache?.keep(pages, history: history, made: made.count, glossary: glossaryTerms, names: names)
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
