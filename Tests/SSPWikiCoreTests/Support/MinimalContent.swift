/// The smallest content tree that builds cleanly and still touches every part of the content
/// format: a site.yml with every setting, one INDES section with levels 0–4, one PEaSS entry,
/// one plan using every field (plus a small second plan it is related to), one page and a glossary.
/// Tests copy it and change what they need.
enum MinimalContent {
    static let site = """
        setting: Kestrel Primary School
        phase: primary
        academic_year_start: 2026-09-01
        review_soon_days: 14
        base_path: /send/plans/
        staff_rates:
          TA: 15.20
          Teacher: 38.00
        calendar_full_names: false
        plain_language_ignore: [PE, OK, TA, EHCP]
        quality:
          target-no-baseline: off

        """

    static let glossary = """
        SALT: Speech and Language Therapist
        ELSA: Emotional Literacy Support Assistant

        """

    static let indes = """
        ---
        title: Speech and language
        area: Communication and interaction
        levels:
          - level: 0
            label: Typically developing
          - level: 1
            label: Emerging needs
          - level: 2
            label: Needs met in class
          - level: 3
            label: Significant needs
          - level: 4
            label: Complex needs
        ---
        What speech and language needs look like at each level.

        """

    static let peass = """
        ---
        title: Visual timetable
        category: communication-interaction
        level: classroom
        ---
        A timetable in pictures, so the day is predictable.

        """

    static let page = """
        ---
        title: Our APDR calendar
        ---
        Reviews happen once a term.

        """

    static var files: [String: String] {
        [
            "site.yml": site,
            "glossary.yml": glossary,
            "indes/speech-language.md": indes,
            "peass/visual-timetable.md": peass,
            "plans/amelia-khan.md": plan,
            "plans/jacob-khan.md": secondPlan,
            "pages/apdr-calendar.md": page,
            "media/amelia-khan.jpg": "not really a JPEG",
            "media/salt-report.pdf": "not really a PDF",
        ]
    }

    /// A plan with only the required fields, and `extra` front matter lines (each ending in a
    /// line break) after them.
    static func plan(
        name: String = "Test Child", start: String = "2026-09-08", review: String = "2026-12-11",
        extra: String = "", body: String = "Body.\n"
    ) -> String {
        "---\nname: \(name)\nstage: sen-support\nstart: \(start)\nreview: \(review)\n\(extra)---\n\(body)"
    }

    /// An INDES section: `title`, `area` (when given), `levels` labelled from `lowest` up, then `body`.
    static func indesSection(
        _ title: String, area: String? = nil, levels: [String], lowest: Int = 0,
        body: String
    ) -> String {
        let levelLines = levels.enumerated().map { "  - level: \($0.offset + lowest)\n    label: \($0.element)\n" }
        return "---\ntitle: \(title)\n" + (area.map { "area: \($0)\n" } ?? "") + "levels:\n" + levelLines.joined()
            + "---\n" + body
    }

    /// A page with `body`.
    static func page(title: String = "A page", body: String) -> String {
        "---\ntitle: \(title)\n---\n\(body)"
    }
}
