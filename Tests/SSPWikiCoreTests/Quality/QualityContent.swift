import Testing

@testable import SSPWikiCore

/// The content of the quality tests: a small catalogue and one plan that passes every quality
/// rule. Tests change one line of the plan (or add files) and look at what the rules find; the
/// content is written to a `Fixture` to be analysed.
struct QualityContent {
    static let goodPlan = """
        ---
        name: Amelia Khan
        known_as: Amy
        dob: 2019-03-14
        year_group: 2
        class: Kingfishers
        teacher: Mrs P Shah
        stage: sen-support
        plan_number: 2
        start: 2026-09-08
        review: 2026-12-11
        status: active
        needs:
          - indes: speech-language
            level: 2
            primary: true
            summary: Finds spoken instructions hard to follow
          - indes: semh
            level: 1
            summary: Anxious at unstructured times
        targets:
          - id: T1
            outcome: Follow a two-step spoken instruction in class
            measure: 4 of 5 observed occasions across two weeks
            baseline: 1 of 5 (September observation)
            by: 2026-12-11
          - id: T2
            outcome: Ask an adult for help at lunchtime
            measure: Asks for help at 3 of 4 recorded lunchtimes
            baseline: 0 of 4 (September)
            by: 2026-12-04
        provisions:
          - what: Visual timetable at her desk
            peass: visual-timetable
            kind: adjustment
            who: Class TA
            how_often: daily
            targets: [T1]
          - what: Small language group following the SALT programme
            peass: language-group
            kind: additional
            who: TA (Mrs L Okafor)
            how_often: 3 per week
            minutes: 20
            start: 2026-09-15
            end: 2026-12-11
            targets: [T1]
          - what: Lunchtime check-in with a key adult
            peass: key-adult-check-in
            kind: additional
            who: Mr D Evans
            how_often: daily
            minutes: 5
            start: 2026-09-15
            end: 2026-12-11
            targets: [T2]
        ---
        ## About me

        I like drawing, horses and my SALT sessions.

        ## Family views

        Mum says Amy is chatty at home.

        ## Strengths

        - Kind to younger children.

        """

    static let baseFiles: [String: String] = [
        "site.yml": "setting: Kestrel Primary School\nplain_language_ignore: [PE]\n",
        "glossary.yml":
            "SALT: Speech and language therapy\nTA: Teaching assistant\nEHCP: Education, health and care plan\nSENDCo: Special educational needs coordinator\n",
        "indes/speech-language.md": indes("Speech and language", area: "Communication and interaction"),
        "indes/semh.md": indes("Social, emotional and mental health", area: "Social, emotional and mental health"),
        "indes/vision.md": indes("Visual impairment", area: "Sensory and/or physical"),
        "peass/visual-timetable.md": peass("Visual timetable", category: "communication-interaction"),
        "peass/language-group.md": peass("Language group", category: "communication-interaction"),
        "peass/key-adult-check-in.md": peass("Key adult check-in", category: "semh"),
        "peass/enlarged-print.md": peass("Enlarged print", category: "physical-sensory"),
    ]

    static func indes(_ title: String, area: String) -> String {
        MinimalContent.indesSection(title, area: area, levels: ["Mild", "Moderate"], lowest: 1, body: "About \(title).\n")
    }

    static func peass(_ title: String, category: String) -> String {
        "---\ntitle: \(title)\ncategory: \(category)\nlevel: classroom\n---\nHow to do it.\n"
    }

    /// The plan's text, `plans/amelia-khan.md`.
    var plan = QualityContent.goodPlan
    var files = QualityContent.baseFiles
    var today = Fixture.today
    var previousPlanNumbers: [String: Int] = [:]

    static let planPath = "plans/amelia-khan.md"

    /// Every file of the content, the plan included.
    var allFiles: [String: String] { files.merging([Self.planPath: plan]) { _, plan in plan } }

    /// The content with `old` in the plan replaced by `new` (the test fails if `old` is absent).
    func replacing(_ old: String, with new: String) -> QualityContent {
        #expect(plan.contains(old), "the fixture plan has no '\(old)'")
        var copy = self
        copy.plan = plan.replacingOccurrences(of: old, with: new)
        return copy
    }

    /// The 1-based line of the plan that contains `text`.
    func line(of text: String) -> Int { position(of: text, in: plan).line }

    /// The 1-based column where `text` starts on its line.
    func column(of text: String) -> Int { position(of: text, in: plan).column }

    /// Every diagnostic of loading, checking and the quality rules.
    func analyse() -> (site: AnalysedSite?, diagnostics: [Diagnostic]) {
        Fixture(allFiles).analysedSite(today: today, previousPlanNumbers: previousPlanNumbers)
    }

    /// The quality findings; the content itself must have no other problem.
    func findings() -> [Diagnostic] {
        let (_, diagnostics) = analyse()
        let others = diagnostics.filter { $0.rule == nil }
        #expect(others.isEmpty, "the fixture has problems: \(others.map(\.message))")
        return diagnostics.filter { $0.rule != nil }
    }

    /// The findings of one rule.
    func findings(of rule: String) -> [Diagnostic] {
        findings().filter { $0.rule == rule }
    }

    /// A finding of `rule` at `line`:`column` of the plan, with the rule's default severity and hint.
    static func finding(_ rule: QualityRule, _ message: String, line: Int, column: Int, hint: String? = nil) -> Diagnostic {
        Diagnostic(
            rule.severity, at: SourceLocation(file: planPath, line: line, column: column), message,
            hint: hint ?? rule.hint, rule: rule.id)
    }
}
