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

    /// One file to render: a page from a template, or text made directly (calendar, CSV, index).
    struct Job: Sendable {
        let path: String
        let template: String?
        let make: @Sendable (ContextBuilder, Theme) -> String?

        /// A page rendered with a template and the context `context` builds.
        static func page(_ path: String, _ template: String,
                         _ context: @escaping @Sendable (ContextBuilder) -> [String: Any]) -> Job {
            Job(path: path, template: template) { builder, theme in theme.render(template, context(builder)) }
        }

        /// A file whose text is made directly.
        static func text(_ path: String, _ make: @escaping @Sendable (ContextBuilder) -> String) -> Job {
            Job(path: path, template: nil) { builder, _ in make(builder) }
        }
    }

    /// Every file of the site; each feature adds its jobs here.
    func jobs(_ model: ContentModel) -> [Job] {
        coreJobs(model) + searchJobs(model)
    }

    func coreJobs(_ model: ContentModel) -> [Job] {
        var jobs: [Job] = [
            .page("index.html", "index") { $0.homePage() },
            .page("archive.html", "archive") { $0.archivePage() },
            .page("glossary.html", "glossary") { $0.glossaryPage() },
            .page("indes/index.html", "indes-index") { $0.indesIndex() },
            .page("peass/index.html", "peass-index") { $0.peassIndex() },
            .page("pages/index.html", "pages-index") { $0.pagesIndex() },
        ]
        for plan in model.publishedPlans {
            jobs.append(.page("plans/\(plan.id).html", "plan") { $0.planPage(plan) })
        }
        for section in model.indes {
            jobs.append(.page("indes/\(section.id).html", "indes") { $0.indesPage(section) })
        }
        for entry in model.peass {
            jobs.append(.page("peass/\(entry.id).html", "peass") { $0.peassPage(entry) })
        }
        for page in model.pages {
            jobs.append(.page("pages/\(page.id).html", "page") { $0.wikiPage(page) })
        }
        return jobs
    }

    public func render(_ model: ContentModel, graph: LinkGraph) -> ([OutputFile], [Diagnostic]) {
        let builder = ContextBuilder(model: model, graph: graph, today: today)
        let jobs = self.jobs(model)
        let theme = self.theme
        let rendered: [String?] = ParallelMap.map(jobs) { job in job.make(builder, theme) }
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        var missing: Set<String> = []
        for (job, text) in zip(jobs, rendered) {
            if let text {
                files.append(OutputFile(path: job.path, contents: .text(text)))
            } else if let template = job.template, missing.insert(template).inserted {
                diagnostics.append(.error("the theme has no template '\(template)'",
                                          at: SourceLocation(file: (theme.directories.first ?? "theme") + "/templates/\(template).mustache"),
                                          hint: "add \(template).mustache to the theme's templates folder"))
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
