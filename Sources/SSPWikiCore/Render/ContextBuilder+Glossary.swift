/// `glossary.html`: every term with its plain-English meaning and the pages that use it.
extension ContextBuilder {
    func glossaryPage() -> [String: Any] {
        var context = frame(sitePath: "glossary.html", title: "Glossary", nav: "glossary")
        let usage = GlossaryUsage(model: model)
        context["terms"] = model.glossary.map { term in
            let pages = (usage.pages[term.term] ?? []).sorted {
                ($0.kind.rawValue, graph.title(of: $0).lowercased(), $0) < ($1.kind.rawValue, graph.title(of: $1).lowercased(), $1)
            }
            return ["term": term.term, "meaning": term.meaning, "anchor": term.anchor, "usedOn": pages.count == 1 ? "1 page" : "\(pages.count) pages",
                    "pages": pages.map { ["title": graph.title(of: $0), "url": $0.sitePath, "kind": $0.kind.label] }]
        }
        return context
    }
}
