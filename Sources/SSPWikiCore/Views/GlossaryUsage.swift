/// Which published pages use each glossary term, for the glossary page.
///
/// Bodies were scanned by the Markdown parser (their marked first uses); a plan's front
/// matter text (needs, targets, provision, agencies …) is scanned here with the same matcher.
package struct GlossaryUsage: Sendable {
    /// Pages using each term, by term as written in glossary.yml.
    package let pages: [String: [PageRef]]

    package init(site: AnalysedSite) {
        let model = site.model
        var found: [String: Set<PageRef>] = [:]
        func add(_ terms: some Sequence<String>, _ ref: PageRef) {
            for term in terms { found[term, default: []].insert(ref) }
        }
        for plan in model.publishedPlans {
            let ref = PageRef(.plan, plan.id)
            add(site.glossaryTerms(of: plan), ref)
        }
        for section in model.indes { add(section.document.terms, PageRef(.indes, section.id)) }
        for entry in model.peass { add(entry.document.terms, PageRef(.peass, entry.id)) }
        for page in model.pages { add(page.document.terms, PageRef(.page, page.id)) }
        pages = found.mapValues { Array($0) }
    }
}

extension Plan {
    /// The glossary terms the plan page shows: marked in the body or found in the front
    /// matter's text, each once, in alphabetical order.
    func glossaryTerms(_ matcher: GlossaryMatcher) -> [String] {
        Set(document.terms + frontMatterText.flatMap { matcher.terms(in: $0) }).sorted {
            ($0.lowercased(), $0) < ($1.lowercased(), $1)
        }
    }

    /// The free text of the front matter that appears on the plan page.
    var frontMatterText: [String] {
        let plan = self.fields
        var text: [String?] = [plan.medical, plan.teacher, plan.caseHolder, plan.className]
        text += plan.texts.keys.sorted().map { plan.texts[$0] }
        text += plan.otherPlans.flatMap { [$0.kind, $0.note] }
        text += plan.needs.map(\.summary)
        text += plan.targets.flatMap { [$0.outcome, $0.measure, $0.baseline, $0.linksTo] }
        text += plan.provisions.flatMap { [$0.what, $0.who, $0.howOftenText] }
        text += plan.accessArrangements
        text += (plan.ehcp?.outcomes ?? []).flatMap { [$0.text, $0.section] }
        text += plan.external.flatMap { [$0.agency, $0.involvement] }
        if let record = plan.reviewRecord { text += [record.workedWell, record.notSoWell] + record.attended }
        return text.compactMap { $0 }
    }
}
