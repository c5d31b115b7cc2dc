import Foundation

/// Stage 2: turns loaded files into the content model: settings and glossary first (the
/// Markdown parser needs the glossary), then every Markdown file in parallel.
package struct ContentParser: Sendable {
    package init() {}

    /// Parses every file; with a `cache`, a Markdown file whose text and glossary are unchanged
    /// since the cache saw it is not parsed again (`BuildSession`).
    package func parse(_ loaded: LoadedContent, cache: ParseCache? = nil) -> (ContentModel?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var config: SiteConfig?
        var glossary: [GlossaryTerm] = []
        for source in loaded.sources where source.kind == .site || source.kind == .glossary {
            let reader = FieldReader(file: source.path, firstLine: 1)
            switch YAMLComposer.compose(source.text, file: source.path, firstLine: 1) {
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            case .success(nil):
                if source.kind == .site {
                    diagnostics.append(
                        .error(
                            "site.yml is empty", at: SourceLocation(file: source.path, line: 1, column: 1),
                            hint: "write at least `setting: Name of your school`"))
                }
            case .success(let node?):
                if source.kind == .site {
                    config = SettingsParser.site(node, reader: reader)
                } else {
                    glossary = SettingsParser.glossary(node, reader: reader)
                }
            }
            diagnostics += reader.diagnostics
        }
        let markdownSources = loaded.sources.filter { $0.kind != .site && $0.kind != .glossary }
        let parser = MarkdownParser(glossaryTerms: Set(glossary.map(\.term)))
        let glossaryKey = glossary.map(\.term).sorted().joined(separator: "\n")
        let kept = cache?.kept(glossary: glossaryKey)
        let results = ParallelMap.map(markdownSources) { source in
            kept?.result(for: source).map { ($0, true) } ?? (ContentParser.parseDocument(source, markdown: parser), false)
        }
        cache?.keep(Array(zip(markdownSources, results.map(\.0))), glossary: glossaryKey, reused: results.filter(\.1).count)
        var model = ContentModel(root: loaded.root, config: config ?? SiteConfig(setting: "Untitled setting"))
        model.glossary = glossary
        model.media = loaded.media
        model.files = loaded.files
        model.escapingLinks = loaded.escapingLinks
        for (source, (result, _)) in zip(markdownSources, results) {
            diagnostics += result.diagnostics
            switch result.entity {
            case .plan(let plan): model.plans.append(plan)
            case .indes(let section): model.indes.append(section)
            case .peass(let entry): model.peass.append(entry)
            case .page(let page): model.pages.append(page)
            case nil: if let kind = PageRef.Kind(source.kind) { model.unparsed.insert(PageRef(kind, source.id)) }
            }
        }
        // A broken site.yml must not hide the problems in every other file.
        return (model, diagnostics)
    }

    enum Entity {
        case plan(Plan)
        case indes(IndesSection)
        case peass(PeassEntry)
        case page(WikiPage)
    }

    struct Result: Sendable {
        var entity: Entity?
        var diagnostics: [Diagnostic]
    }

    static func parseDocument(_ source: SourceFile, markdown: MarkdownParser) -> Result {
        var diagnostics: [Diagnostic] = []
        let id = source.id
        if !ContentID.isValid(id) {
            diagnostics.append(
                .error(
                    "'\(id)' is not a valid id (the file name gives the id)",
                    at: SourceLocation(file: source.path, line: 1, column: 1),
                    hint: "rename the file: \(ContentID.rule)"))
        }
        let front: FrontMatter
        switch FrontMatter.split(source.text) {
        case .failure(let problem):
            return Result(entity: nil, diagnostics: diagnostics + [FrontMatter.diagnostic(for: problem, file: source.path)])
        case .success(let split):
            front = split
        }
        let yaml = source.kind == .plan ? DuplicateReviewKey.rewrite(front.yaml) : front.yaml
        let node: Node
        switch YAMLComposer.compose(yaml, file: source.path, firstLine: front.yamlLine) {
        case .failure(let diagnostic):
            return Result(entity: nil, diagnostics: diagnostics + [diagnostic])
        case .success(nil):
            let hint = "write the fields between the two `---` lines, for example `title: …`"
            return Result(
                entity: nil,
                diagnostics: diagnostics + [
                    .error(
                        "front matter is empty",
                        at: SourceLocation(file: source.path, line: 1, column: 1), hint: hint)
                ])
        case .success(let parsed?):
            node = parsed
        }
        let reader = FieldReader(file: source.path, firstLine: front.yamlLine, yaml: yaml)
        var bodyWarnings: [Diagnostic] = []
        func attach<Page: MarkdownPage>(_ page: Page?) -> Page? {
            guard var page else { return nil }
            page.body = front.body
            page.bodyLine = front.bodyLine
            page.document = markdown.parse(
                front.body, file: source.path, firstLine: front.bodyLine,
                reservedAnchors: page.reservedAnchors)
            page.locations = reader.locations.compacted()
            bodyWarnings = page.document.warnings
            return page
        }
        var entity: Entity?
        switch source.kind {
        case .plan:
            entity = attach(PlanParser.parse(node, reader: reader, id: id, path: source.path)).map { plan in
                var plan = plan
                plan.locations.forgetText("mis_id")
                return Entity.plan(plan)
            }
        case .indes: entity = attach(CatalogueParser.indes(node, reader: reader, id: id, path: source.path)).map(Entity.indes)
        case .peass: entity = attach(CatalogueParser.peass(node, reader: reader, id: id, path: source.path)).map(Entity.peass)
        case .page: entity = attach(CatalogueParser.page(node, reader: reader, id: id, path: source.path)).map(Entity.page)
        case .site, .glossary: break
        }
        return Result(entity: entity, diagnostics: diagnostics + reader.diagnostics + bodyWarnings)
    }
}
