import SSPWikiTemplates

/// Stage 5: renders every page of the site from the `AnalysedSite` with the theme's templates.
///
/// Drafts are rendered only for `serve --drafts` (`drafts`), each page bannered as not
/// published; a build never renders them. Pages are rendered in parallel; the output is a
/// list of files for the writer.
package struct SiteRenderer: Sendable {
    package let theme: Theme
    package let today: Day
    /// Whether draft plans get a page too (the development server's preview only).
    package let drafts: Bool
    /// The people index's layout kept from the last rebuild (`BuildSession`), if any.
    let people: PeopleMemo?
    /// Each plan's progress kept from the last rebuild (`BuildSession`), if any.
    let progress: ProgressMemo?

    package init(theme: Theme, today: Day, drafts: Bool = false) {
        self.init(theme: theme, today: today, drafts: drafts, people: nil, progress: nil)
    }

    init(theme: Theme, today: Day, drafts: Bool, people: PeopleMemo?, progress: ProgressMemo?) {
        self.theme = theme
        self.today = today
        self.drafts = drafts
        self.people = people
        self.progress = progress
    }

    /// One file to render: a page from a template, or text made directly (calendar, CSV, index).
    struct Job: Sendable {
        let path: String
        let template: String?
        let make: @Sendable (ContextBuilder, Theme) -> String?
        /// What the file is made from, so a `BuildSession` re-renders it only when that changed.
        var inputs: PageInputs = .everything
        /// The page's model as a plain dictionary (nil for a file made directly), so a test can
        /// render the same page with another Mustache engine.
        var context: (@Sendable (ContextBuilder) -> [String: Any])?

        /// A page rendered with a template and the typed page model `model` builds (an empty
        /// context when it builds none).
        static func page<Model: TemplateModel>(
            _ path: String, _ template: String, inputs: PageInputs = .everything,
            model: @escaping @Sendable (ContextBuilder) -> Model?
        ) -> Job {
            Job(
                path: path, template: template, make: { builder, theme in theme.render(template, model: model(builder)) },
                inputs: inputs, context: { model($0)?.plainDictionary ?? [:] })
        }

        /// A file whose text is made directly.
        static func text(_ path: String, _ make: @escaping @Sendable (ContextBuilder) -> String) -> Job {
            Job(path: path, template: nil) { builder, _ in make(builder) }
        }
    }

    /// Every file of the site: the pages, then the search index files.
    func jobs(_ site: AnalysedSite) -> [Job] {
        pageJobs(site) + searchIndexJobs(site)
    }

    /// Every page made from a template; each feature adds its jobs here. The streaming build
    /// renders these in batches while it makes the search index on its own thread.
    func pageJobs(_ site: AnalysedSite) -> [Job] {
        let model = site.model
        // What each provision achieved is shown on impact.html and on the PEaSS pages.
        let impact = site.history.available ? ImpactModel(model: model, history: site.history, memo: progress) : nil
        // Teachers, case holders and classes: the staff and class pages and the class passports.
        let people = self.people?.index(of: model.plans) ?? PeopleIndex(plans: model.plans)
        // Appended in place: each `+` would copy every job made before it again.
        var jobs = coreJobs(model, impact: impact)
        jobs += viewJobs(model, people: people)
        jobs += passportJobs(model, people: people)
        jobs += qualityJobs(model)
        jobs += historyJobs(model, history: site.history, impact: impact)
        jobs.append(searchPageJob())
        return jobs
    }

    func coreJobs(_ model: ContentModel, impact: ImpactModel?) -> [Job] {
        var jobs: [Job] = [
            .page("archive.html", "archive", model: { $0.archivePage() }),
            .page("glossary.html", "glossary", model: { $0.glossaryPage() }),
            .page("indes/index.html", "indes-index", model: { $0.indesIndex() }),
            .page("peass/index.html", "peass-index", model: { $0.peassIndex() }),
            .page("pages/index.html", "pages-index", model: { $0.pagesIndex() }),
        ]
        for plan in drafts ? model.plans : model.publishedPlans {
            jobs.append(
                .page(SitePaths.plan(plan.id), "plan", inputs: .page(PageRef(.plan, plan.id)), model: { $0.planPage(plan) }))
        }
        for section in model.indes {
            jobs.append(
                .page(
                    SitePaths.indes(section.id), "indes", inputs: .page(PageRef(.indes, section.id)),
                    model: { $0.indesPage(section) }))
        }
        for entry in model.peass {
            // An entry with impact figures shows every plan's history: its inputs are everything.
            let shown = impact?.provisions.contains { $0.peass == entry.id } == true
            jobs.append(
                .page(
                    SitePaths.peass(entry.id), "peass", inputs: shown ? .everything : .page(PageRef(.peass, entry.id)),
                    model: {
                        var page = $0.peassPage(entry)
                        $0.addImpact(to: &page, of: entry, impact: impact)
                        return page
                    }))
        }
        for page in model.pages {
            jobs.append(
                .page(SitePaths.wikiPage(page.id), "page", inputs: .page(PageRef(.page, page.id)), model: { $0.wikiPage(page) }))
        }
        return jobs
    }

    package func render(_ site: AnalysedSite) -> ([OutputFile], [Diagnostic]) {
        let (pages, diagnostics) = render(jobs(site), site: site)
        return (pages + copiedFiles(site.model), diagnostics)
    }

    /// What a streamed render produced.
    package struct StreamReport: Sendable {
        package var files = 0
        package var pages = 0
        /// Pages kept from the previous site instead of being rendered.
        package var kept = 0
        /// Paths of the pages rendered this time.
        package var rendered: [String] = []
        package var diagnostics: [Diagnostic] = []
    }

    /// Renders the site in batches of `batchSize` jobs (each batch in parallel) and hands each
    /// batch to `emit` as soon as it is ready, so pages need not all be held in memory.
    /// A job for which `keep` names a file of the previous site is not rendered: that file is
    /// emitted as `.keep`. Stops before emitting a batch that has an error.
    func render(
        _ site: AnalysedSite, batchSize: Int = 256,
        keep: (Job) -> String? = { _ in nil },
        emit: ([OutputFile]) throws -> Void
    ) throws -> StreamReport {
        var report = StreamReport()
        // The search index is built on a thread of its own while the pages render; its files
        // are made and emitted last, a batch at a time.
        let searchIndex = Background { SearchIndexWriter(site: site) }
        let all = pageJobs(site)
        let builder = ContextBuilder(site: site, today: today)
        var start = 0
        while start < all.count {
            var batch: [Job] = []
            var files: [OutputFile] = []
            let end = Self.batchEnd(all, from: start, size: batchSize)
            for job in all[start..<end] {
                if let old = keep(job) {
                    files.append(OutputFile(path: job.path, contents: .keep(from: old)))
                } else {
                    batch.append(job)
                }
            }
            start = end
            report.kept += files.filter { $0.path.hasSuffix(".html") }.count
            report.rendered += batch.map(\.path)
            let (made, diagnostics) = render(batch, builder: builder)
            files += made
            report.diagnostics += diagnostics.filter { new in !report.diagnostics.contains(new) }
            if report.diagnostics.hasErrors { return report }
            try emit(files)
            report.files += files.count
            report.pages += files.filter { $0.path.hasSuffix(".html") }.count
        }
        try searchIndex.wait().forEachBatch(size: batchSize) { batch in
            try emit(batch.map { OutputFile(path: $0.path, contents: .text($0.text)) })
            report.files += batch.count
        }
        let copied = copiedFiles(site.model)
        try emit(copied)
        report.files += copied.count
        return report
    }

    /// At most this many pages made from every file (school-wide lists and views) go into one
    /// batch: at 20,000 plans such a page or file can be several megabytes, and a batch is
    /// held whole until it is written (with 256 of them, the year-group pages of a large
    /// setting came to about 90 MB at once).
    static let wholeSiteBatchLimit = 4

    /// The end of the batch that starts at `start`: `size` jobs, or fewer when the batch
    /// reaches `wholeSiteBatchLimit` pages made from every file.
    static func batchEnd(_ jobs: [Job], from start: Int, size: Int) -> Int {
        var end = start
        var wholeSite = 0
        while end < jobs.count, end - start < size {
            if jobs[end].inputs.isEverything {
                if wholeSite == wholeSiteBatchLimit { break }
                wholeSite += 1
            }
            end += 1
        }
        return max(end, start + 1)
    }

    /// Renders `jobs` in parallel; a job whose template is missing is reported once per template.
    func render(_ jobs: [Job], site: AnalysedSite) -> ([OutputFile], [Diagnostic]) {
        render(jobs, builder: ContextBuilder(site: site, today: today))
    }

    func render(_ jobs: [Job], builder: ContextBuilder) -> ([OutputFile], [Diagnostic]) {
        let theme = self.theme
        let rendered: [String?] = ParallelMap.map(jobs) { job in job.make(builder, theme) }
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        var missing: Set<String> = []
        for (job, text) in zip(jobs, rendered) {
            if let text {
                files.append(OutputFile(path: job.path, contents: .text(text)))
            } else if let template = job.template, missing.insert(template).inserted {
                diagnostics.append(
                    .error(
                        "the theme has no template '\(template)'",
                        at: SourceLocation(file: theme.origin(ofTemplate: template)),
                        hint: "add \(template).mustache to the theme's templates folder"))
            }
        }
        return (files, diagnostics)
    }

    /// Files copied as they are (theme assets, media) and the robots file.
    func copiedFiles(_ model: ContentModel) -> [OutputFile] {
        var files: [OutputFile] = []
        for (name, file) in theme.assets.sorted(by: { $0.key < $1.key }) {
            files.append(OutputFile(path: "assets/" + name, contents: file.contents))
        }
        for media in model.media {
            files.append(OutputFile(path: media.path, contents: .copy(from: media.absolutePath)))
        }
        files.append(OutputFile(path: "robots.txt", contents: .text("User-agent: *\nDisallow: /\n")))
        return files
    }
}
