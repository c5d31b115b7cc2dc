/// The child's and family's voice, and a holistic picture: the body has "About me",
/// "Strengths" and "Family views" sections with something written in them.
extension PlanInspector {
    static let voiceSections: [(title: String, rule: QualityRule, what: String)] = [
        ("About me", .noAboutMe, "the child's own views"),
        ("Strengths", .noStrengths, "what the child is good at and enjoys"),
        ("Family views", .noFamilyViews, "the views of parents or carers"),
    ]

    func voice() -> [Diagnostic] {
        Self.voiceSections.compactMap { title, rule, what in
            guard let section = plan.document.section(titled: title) else {
                return finding(rule, "the plan has no '\(title)' section with \(what)", at: line(plan.bodyLine))
            }
            guard section.html.allSatisfy(\.isWhitespace) else { return nil }
            return finding(rule, "the '\(title)' section is empty", at: line(section.line))
        }
    }
}
