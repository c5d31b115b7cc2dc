/// An unfinished plan: prompts of the new-plan template still in it, recognised sections with
/// next to nothing written, no needs, and the details every plan should carry left out.
extension PlanInspector {
    /// Fewer words than this make a recognised section "only a few words".
    static let fewestWords = 3

    func completeness() -> [Diagnostic] {
        var out = promptsInFields()
        for part in bodyParts() {
            if let (line, prompt) = part.prompt(shared.prompts) {
                let place = part.section.map { "the '\($0.title)' section" } ?? "the introduction"
                out.append(
                    finding(
                        .templatePromptLeft, "\(place) still holds the new-plan template's prompt '\(Self.quote(prompt))'",
                        at: self.line(line)))
            } else if let section = part.section, section != .reviewNotes, part.words < Self.fewestWords,
                part.words > 0 || !Self.voiceSections.contains(where: { $0.title == section.title })
            {
                // Empty voice sections are reported by their own rules; review notes stay
                // empty until the review.
                let says = part.words == 0 ? "is empty" : "has only \(part.words) word\(part.words == 1 ? "" : "s")"
                out.append(finding(.sectionTooShort, "the '\(section.title)' section \(says)", at: self.line(part.headingLine)))
            }
        }
        if plan.needs.isEmpty {
            out.append(finding(.noNeeds, "the plan records no needs", at: at("needs")))
        }
        out += missingFields()
        return out
    }

    func promptsInFields() -> [Diagnostic] {
        texts.compactMap { field in
            guard shared.prompts.prompt(in: field.text) != nil else { return nil }
            return finding(
                .templatePromptLeft,
                "`\(Self.lastKey(of: field.path))` still holds the new-plan template's prompt '\(Self.quote(field.text))'",
                at: field.location)
        }
    }

    func missingFields() -> [Diagnostic] {
        var missing: [(path: String, what: String)] = []
        if plan.yearGroup == nil { missing.append(("year_group", "no year group")) }
        if plan.className == nil { missing.append(("class", "no class or tutor group")) }
        if plan.teacher == nil && plan.caseHolder == nil {
            let path = !plan.locations.contains("teacher") && plan.locations.contains("case_holder") ? "case_holder" : "teacher"
            missing.append((path, "no teacher, form tutor or case holder"))
        }
        if plan.dob == nil { missing.append(("dob", "no date of birth")) }
        if plan.targets.isEmpty { missing.append(("targets", "no targets")) }
        if plan.provisions.isEmpty { missing.append(("provisions", "no provision")) }
        return missing.map { path, what in
            finding(.recommendedFieldMissing, "the plan has \(what) (`\(path)`)", at: at(path))
        }
    }

    /// Text as a finding quotes it: its first words.
    static func quote(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace).drop { $0 == "-" || $0 == "*" }
        return words.prefix(10).joined(separator: " ") + (words.count > 10 ? " …" : "")
    }

    /// One run of the body: the introduction or a section under a level-1 or level-2 heading.
    struct BodyPart {
        /// The recognised section, or nil for the introduction and other headings.
        var section: PlanSection?
        var headingLine: Int
        /// The lines after the heading, each with its file line.
        var lines: [(line: Int, text: Substring)]

        /// Words with a letter or digit in them.
        var words: Int {
            lines.reduce(0) { sum, line in sum + PromptWords.count(line.text) }
        }

        /// The first paragraph holding a template prompt: its line and its text.
        func prompt(_ prompts: ArchetypePrompts) -> (Int, String)? {
            var start: Int?
            var paragraph: [Substring] = []
            for (line, text) in lines + [(0, "")] {
                if PromptWords.isBlank(text) {
                    let text = paragraph.joined(separator: "\n")
                    if let start, prompts.prompt(in: text) != nil { return (start, text) }
                    start = nil
                    paragraph = []
                } else {
                    if start == nil { start = line }
                    paragraph.append(text)
                }
            }
            return nil
        }
    }

    /// The body cut at its level-1 and level-2 headings, as the Markdown parser cut it.
    func bodyParts() -> [BodyPart] {
        let lines = plan.body.lineSlices
        let sections = plan.document.sections
        return sections.enumerated().map { index, section in
            let first = section.title == nil ? plan.bodyLine : section.line + 1
            let end = index + 1 < sections.count ? sections[index + 1].line : plan.bodyLine + lines.count
            let range = max(first - plan.bodyLine, 0)..<min(max(end - plan.bodyLine, 0), lines.count)
            let taken = range.isEmpty ? [] : range.map { (line: plan.bodyLine + $0, text: lines[$0]) }
            return BodyPart(section: section.title.flatMap(PlanSection.init(heading:)), headingLine: section.line, lines: taken)
        }
    }
}
