/// Stage 5: renders every page of the site from the linked model with the theme's templates.
///
/// Drafts are never rendered. Pages are rendered in parallel; the output is a list of files
/// for the writer.
public struct SiteRenderer: Sendable {
    public let theme: Theme
    public let today: Day

    public init(theme: Theme, today: Day) {
        self.theme = theme
        self.today = today
    }

    struct Job: Sendable {
        let path: String
        let template: String
        let make: @Sendable (ContextBuilder) -> [String: Any]
    }

    public func render(_ model: ContentModel, graph: LinkGraph) -> ([OutputFile], [Diagnostic]) {
        let builder = ContextBuilder(model: model, graph: graph, today: today)
        var jobs: [Job] = [
            Job(path: "index.html", template: "index") { $0.homePage() },
            Job(path: "archive.html", template: "archive") { $0.archivePage() },
            Job(path: "glossary.html", template: "glossary") { $0.glossaryPage() },
            Job(path: "indes/index.html", template: "indes-index") { $0.indesIndex() },
            Job(path: "peass/index.html", template: "peass-index") { $0.peassIndex() },
            Job(path: "pages/index.html", template: "pages-index") { $0.pagesIndex() },
        ]
        for plan in model.publishedPlans {
            jobs.append(Job(path: "plans/\(plan.id).html", template: "plan") { $0.planPage(plan) })
        }
        for section in model.indes {
            jobs.append(Job(path: "indes/\(section.id).html", template: "indes") { $0.indesPage(section) })
        }
        for entry in model.peass {
            jobs.append(Job(path: "peass/\(entry.id).html", template: "peass") { $0.peassPage(entry) })
        }
        for page in model.pages {
            jobs.append(Job(path: "pages/\(page.id).html", template: "page") { $0.wikiPage(page) })
        }
        let theme = self.theme
        let rendered: [String?] = ParallelMap.map(jobs) { job in theme.render(job.template, job.make(builder)) }
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        var missing: Set<String> = []
        for (job, html) in zip(jobs, rendered) {
            if let html {
                files.append(OutputFile(path: job.path, contents: .text(html)))
            } else if missing.insert(job.template).inserted {
                diagnostics.append(.error("the theme has no template '\(job.template)'",
                                          at: SourceLocation(file: (theme.directories.first ?? "theme") + "/templates/\(job.template).mustache"),
                                          hint: "add \(job.template).mustache to the theme's templates folder"))
            }
        }
        for (name, path) in theme.assets.sorted(by: { $0.key < $1.key }) {
            files.append(OutputFile(path: "assets/" + name, contents: .copy(from: path)))
        }
        for media in model.media {
            files.append(OutputFile(path: media.path, contents: .copy(from: media.absolutePath)))
        }
        files.append(OutputFile(path: "robots.txt", contents: .text("User-agent: *\nDisallow: /\n")))
        return (files, diagnostics)
    }
}
