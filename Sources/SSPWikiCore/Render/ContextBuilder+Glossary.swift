/// `glossary.html`: every term with its plain-English meaning and the pages that use it.
extension ContextBuilder {
    func glossaryPage() -> GlossaryPageModel {
        let usage = GlossaryUsage(site: site)
        return GlossaryPageModel(
            frame: pageFrame(sitePath: "glossary.html", title: "Glossary", nav: "glossary"),
            terms: model.glossary.map { term in
                let pages = (usage.pages[term.term] ?? []).sorted {
                    ($0.kind.rawValue, graph.title(of: $0).lowercased(), $0) < (
                        $1.kind.rawValue, graph.title(of: $1).lowercased(), $1
                    )
                }
                return .init(
                    term: term.term, meaning: term.meaning, anchor: term.anchor,
                    pages: pages.map { LinkedFromModel(title: graph.title(of: $0), url: $0.sitePath, kind: $0.kind.label) })
            })
    }
}
