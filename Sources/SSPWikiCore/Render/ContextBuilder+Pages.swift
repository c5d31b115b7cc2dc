/// The archive, catalogue pages and wiki pages.
extension ContextBuilder {
    func archivePage() -> ArchivePageModel {
        ArchivePageModel(
            frame: pageFrame(sitePath: "archive.html", title: "Archived plans", nav: "archive"),
            plans: sortedForList(model.plans.filter { $0.status == .archived }).map { plan in
                ArchivePageModel.Row(row: planRowModel(plan, root: ""), record: planRecord(plan))
            },
            retentionPolicy: model.config.retention.policy)
    }

    func indesPage(_ section: IndesSection) -> IndesPageModel {
        let sitePath = SitePaths.indes(section.id)
        let root = HTML.root(for: sitePath)
        let ref = PageRef(.indes, section.id)
        let holders = model.activePlans.flatMap { plan in
            plan.needs.filter { $0.indes == section.id }.map { (plan, $0) }
        }
        return IndesPageModel(
            frame: pageFrame(sitePath: sitePath, title: section.title, nav: "indes"),
            section: .init(
                title: section.title, area: section.area,
                bodyHtml: section.document.sections.map { renderSection($0, section.document, ref, sitePath) }.joined(),
                levels: section.levels.map { level in
                    let cyp = holders.filter { $0.1.level == level.level }.sorted { ($0.0.name, $0.0.id) < ($1.0.name, $1.0.id) }
                    return .init(
                        level: level.level, label: level.label,
                        plans: cyp.map {
                            .init(
                                name: $0.0.name, url: root + SitePaths.plan($0.0.id), summary: $0.1.summary, primary: $0.1.primary
                            )
                        })
                },
                linkedFrom: linkedFrom(ref, root: root)))
    }

    func peassPage(_ entry: PeassEntry) -> PeassPageModel {
        let sitePath = SitePaths.peass(entry.id)
        let root = HTML.root(for: sitePath)
        let ref = PageRef(.peass, entry.id)
        // Sort only the plans receiving the entry: sorting every plan for each entry is slow.
        let receiving = sortedForList(model.activePlans.filter { $0.provisions.contains { $0.peass == entry.id } }).flatMap {
            plan in
            plan.provisions.filter { $0.peass == entry.id }.map { provision in
                PeassPageModel.Receiving(
                    name: plan.name, url: root + SitePaths.plan(plan.id), who: provision.who,
                    howOften: provision.howOften?.plain ?? provision.howOftenText, minutes: provision.minutes)
            }
        }
        return PeassPageModel(
            frame: pageFrame(sitePath: sitePath, title: entry.title, nav: "peass"),
            entry: .init(
                title: entry.title, category: entry.category?.label, level: entry.level?.label,
                bodyHtml: entry.document.sections.map { renderSection($0, entry.document, ref, sitePath) }.joined(),
                receiving: receiving, linkedFrom: linkedFrom(ref, root: root)))
    }

    func wikiPage(_ page: WikiPage) -> WikiPageModel {
        let sitePath = SitePaths.wikiPage(page.id)
        let ref = PageRef(.page, page.id)
        return WikiPageModel(
            frame: pageFrame(sitePath: sitePath, title: page.title, nav: "pages"),
            page: .init(
                title: page.title,
                bodyHtml: page.document.sections.map { renderSection($0, page.document, ref, sitePath) }.joined(),
                linkedFrom: linkedFrom(ref, root: HTML.root(for: sitePath))))
    }

    /// A body section as HTML with its heading (level 1 headings become level 2 under the page title).
    func renderSection(
        _ section: MarkdownDocument.Section, _ document: MarkdownDocument, _ ref: PageRef, _ sitePath: String
    ) -> String {
        var html = ""
        if let title = section.title {
            html += "<h2 id=\"\(section.anchor ?? Slug.make(title))\">\(HTML.escape(title))</h2>\n"
        }
        let body = fill(section.html, document, page: ref, sitePath: sitePath)
        return html + HeadingLevels.promote(body, by: HeadingLevels.shift(for: document))
    }

    func indesIndex() -> IndesIndexPageModel {
        IndesIndexPageModel(
            frame: pageFrame(sitePath: "indes/index.html", title: "INDES: areas of need", nav: "indes"),
            sections: model.indes.sorted { ($0.title, $0.id) < ($1.title, $1.id) }.map { section in
                IndexEntryModel(
                    title: section.title, url: "\(section.id).html", area: section.area,
                    count: model.activePlans.filter { $0.needs.contains { $0.indes == section.id } }.count)
            })
    }

    func peassIndex() -> PeassIndexPageModel {
        let groups = Dictionary(grouping: model.peass) { $0.category?.label ?? "Other" }
        return PeassIndexPageModel(
            frame: pageFrame(sitePath: "peass/index.html", title: "PEaSS: provision and strategies", nav: "peass"),
            categories: groups.keys.sorted().map { label in
                .init(
                    label: label,
                    entries: groups[label]!.sorted { ($0.title, $0.id) < ($1.title, $1.id) }.map { entry in
                        IndexEntryModel(title: entry.title, url: "\(entry.id).html", level: entry.level?.label)
                    })
            })
    }

    func pagesIndex() -> PagesIndexPageModel {
        PagesIndexPageModel(
            frame: pageFrame(sitePath: "pages/index.html", title: "Pages", nav: "pages"),
            pages: model.pages.sorted { ($0.title, $0.id) < ($1.title, $1.id) }.map {
                IndexEntryModel(title: $0.title, url: "\($0.id).html")
            })
    }
}
