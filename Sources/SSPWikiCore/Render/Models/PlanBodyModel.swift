import SSPWikiTemplates

/// The body of a plan by its place on the page. Recognised headings go to their place in the
/// guidance's order, wherever they were written (`aboutMeHtml` …); any other heading follows
/// the recognised section written before it (`afterAboutMe` …), or comes first
/// (`beforeAboutMe`) when none was.
struct PlanBodyModel: TemplateModel {
    /// Text before the first heading.
    var introHtml: String?
    var html: [PlanSection: String] = [:]
    /// Other sections by the recognised section they follow (nil: before "About me").
    var others: [PlanSection?: [OtherSectionModel]] = [:]

    /// The name of a recognised section's HTML (`aboutMeHtml`).
    static func key(of section: PlanSection) -> String {
        switch section {
        case .aboutMe: "aboutMeHtml"
        case .familyViews: "familyViewsHtml"
        case .strengths: "strengthsHtml"
        case .difficult: "difficultHtml"
        case .howToHelp: "howToHelpHtml"
        case .reviewNotes: "reviewNotesHtml"
        case .ehcpOutcomes: "ehcpOutcomesHtml"
        case .independence: "independenceHtml"
        case .iWillDo: "iWillDoHtml"
        case .atHome: "atHomeHtml"
        }
    }

    /// The name of the other sections after `section` (`afterAboutMe`), or before all (`beforeAboutMe`).
    static func slot(after section: PlanSection?) -> String {
        section.map { "after" + key(of: $0).dropLast(4).capitalisingFirst } ?? "beforeAboutMe"
    }

    static let templateFields = TemplateFields<PlanBodyModel>(
        [.value("introHtml", \.introHtml)]
            + PlanSection.allCases.map { section in .value(key(of: section)) { $0.html[section] } }
            + ([nil] + PlanSection.allCases).map { section in
                .list(slot(after: section), omittedWhenEmpty: true) { $0.others[section] ?? [] }
            })
}

extension ContextBuilder {
    /// The body's HTML by its place on the page. With `only`, just those recognised sections
    /// are filled (a passport needs three).
    func planBody(_ plan: Plan, links: [ResolvedLink?], sitePath: String, only: Set<PlanSection>? = nil) -> PlanBodyModel {
        var body = PlanBodyModel()
        var previous: PlanSection?
        for section in plan.document.sections {
            let known = section.title.flatMap(PlanSection.init(heading:))
            if let only, !(known.map(only.contains) ?? false) { continue }
            let html = fill(section.html, plan.document, resolved: links, sitePath: sitePath)
            if let known {
                // A heading written twice keeps both texts, in order.
                body.html[known, default: ""] += html
                previous = known
            } else if let title = section.title {
                body.others[previous, default: []].append(
                    OtherSectionModel(title: title, anchor: section.anchor ?? Slug.make(title), html: html))
            } else if !html.allSatisfy(\.isWhitespace) {
                body.introHtml = html
            }
        }
        return body
    }
}
