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

    func indesPage(_ section: IndesSection) -> [String: Any] {
        let sitePath = SitePaths.indes(section.id)
        let root = HTML.root(for: sitePath)
        let ref = PageRef(.indes, section.id)
        var context = frame(sitePath: sitePath, title: section.title, nav: "indes")
        let holders = model.activePlans.flatMap { plan in
            plan.needs.filter { $0.indes == section.id }.map { (plan, $0) }
        }
        context["section"] = compact([
            "title": section.title, "area": section.area,
            "bodyHtml": section.document.sections.map { renderSection($0, section.document, ref, sitePath) }.joined(),
            "levels": section.levels.map { level in
                let cyp = holders.filter { $0.1.level == level.level }.sorted { ($0.0.name, $0.0.id) < ($1.0.name, $1.0.id) }
                return compact(["level": level.level, "label": level.label, "count": cyp.count,
                                "plans": cyp.map { compact(["name": $0.0.name, "url": root + SitePaths.plan($0.0.id),
                                                            "summary": $0.1.summary, "primary": $0.1.primary ? true : nil]) }])
            },
            "linkedFrom": linkedFrom(ref, root: root).map(\.plainDictionary),
        ])
        return context
    }

    func peassPage(_ entry: PeassEntry) -> [String: Any] {
        let sitePath = SitePaths.peass(entry.id)
        let root = HTML.root(for: sitePath)
        let ref = PageRef(.peass, entry.id)
        var context = frame(sitePath: sitePath, title: entry.title, nav: "peass")
        // Sort only the plans receiving the entry: sorting every plan for each entry is slow.
        let receiving = sortedForList(model.activePlans.filter { $0.provisions.contains { $0.peass == entry.id } }).flatMap { plan in
            plan.provisions.filter { $0.peass == entry.id }.map { provision in
                compact(["name": plan.name, "url": root + SitePaths.plan(plan.id), "who": provision.who,
                         "howOften": provision.howOften?.plain ?? provision.howOftenText, "minutes": provision.minutes])
            }
        }
        context["entry"] = compact([
            "title": entry.title, "category": entry.category?.label, "level": entry.level?.label,
            "bodyHtml": entry.document.sections.map { renderSection($0, entry.document, ref, sitePath) }.joined(),
            "receiving": receiving, "linkedFrom": linkedFrom(ref, root: root).map(\.plainDictionary),
        ])
        return context
    }

    func wikiPage(_ page: WikiPage) -> [String: Any] {
        let sitePath = SitePaths.wikiPage(page.id)
        let ref = PageRef(.page, page.id)
        var context = frame(sitePath: sitePath, title: page.title, nav: "pages")
        context["page"] = [
            "title": page.title,
            "bodyHtml": page.document.sections.map { renderSection($0, page.document, ref, sitePath) }.joined(),
            "linkedFrom": linkedFrom(ref, root: HTML.root(for: sitePath)).map(\.plainDictionary),
        ]
        return context
    }

    /// A body section as HTML with its heading (level 1 headings become level 2 under the page title).
    func renderSection(_ section: MarkdownDocument.Section, _ document: MarkdownDocument, _ ref: PageRef, _ sitePath: String) -> String {
        var html = ""
        if let title = section.title {
            html += "<h2 id=\"\(section.anchor ?? Slug.make(title))\">\(HTML.escape(title))</h2>\n"
        }
        let body = fill(section.html, document, page: ref, sitePath: sitePath)
        return html + HeadingLevels.promote(body, by: HeadingLevels.shift(for: document))
    }

    func indesIndex() -> [String: Any] {
        var context = frame(sitePath: "indes/index.html", title: "INDES: areas of need", nav: "indes")
        context["sections"] = model.indes.sorted { ($0.title, $0.id) < ($1.title, $1.id) }.map { section in
            compact(["title": section.title, "area": section.area, "url": "\(section.id).html",
                     "count": model.activePlans.filter { $0.needs.contains { $0.indes == section.id } }.count])
        }
        return context
    }

    func peassIndex() -> [String: Any] {
        var context = frame(sitePath: "peass/index.html", title: "PEaSS: provision and strategies", nav: "peass")
        let groups = Dictionary(grouping: model.peass) { $0.category?.label ?? "Other" }
        context["categories"] = groups.keys.sorted().map { label in
            ["label": label, "entries": groups[label]!.sorted { ($0.title, $0.id) < ($1.title, $1.id) }.map { entry in
                compact(["title": entry.title, "url": "\(entry.id).html", "level": entry.level?.label])
            }]
        }
        return context
    }

    func pagesIndex() -> [String: Any] {
        var context = frame(sitePath: "pages/index.html", title: "Pages", nav: "pages")
        context["pages"] = model.pages.sorted { ($0.title, $0.id) < ($1.title, $1.id) }.map { ["title": $0.title, "url": "\($0.id).html"] }
        return context
    }
}
