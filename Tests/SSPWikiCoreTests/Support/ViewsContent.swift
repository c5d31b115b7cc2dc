/// A small demo-like content tree for the tests of the school-wide views (dashboard, reviews,
/// provision map, staff and class pages, rosters, glossary, exports): two active plans sharing a
/// teacher written two ways, an archived and a draft plan, two INDES sections, two PEaSS entries
/// and a page. Tests pass it (changed as they need) to `Fixture`.
enum ViewsContent {
    /// A plan's front matter and body; `extra` is added as front-matter lines.
    static func plan(
        _ name: String, review: String = "2027-01-22", start: String = "2026-09-07", extra: String = "",
        body: String = "## About me\n\nI like lego.\n"
    ) -> String {
        MinimalContent.plan(name: name, start: start, review: review, extra: extra, body: body)
    }

    static let files: [String: String] = [
        "site.yml": """
        setting: Heron Lane School
        phase: primary
        review_soon_days: 14
        staff_rates:
          TA: 15.00
          Teacher: 36.00
        calendar_full_names: false

        """,
        "glossary.yml": """
        SALT: Speech and language therapist
        TA: Teaching assistant
        Case holder: The member of staff who holds a pupil's plan
        Pupil premium: Extra funding for some pupils

        """,
        "indes/speech-language.md": MinimalContent.indesSection(
            "Speech and language", area: "Communication and interaction",
            levels: ["Typically developing", "Emerging need", "Moderate need", "Significant need"],
            body: "How speech and language needs look at each level.\n"),
        "indes/semh.md": MinimalContent.indesSection(
            "Social, emotional & mental health", levels: ["Typically developing", "Emerging need", "Moderate need"],
            body: "Feelings, friendships and behaviour.\n"),
        "peass/visual-timetable.md":
            "---\ntitle: Visual timetable\ncategory: communication-interaction\nlevel: classroom\n---\nA timetable in pictures.\n",
        "peass/language-group.md":
            "---\ntitle: Language group\ncategory: communication-interaction\nlevel: sendco\n---\nSmall-group language work.\n",
        "pages/reviews-guide.md":
            "---\ntitle: How we review plans\n---\nEvery review starts with [[plan:amy-khan|Amy]]'s view. Levels: [[indes:speech-language/3]].\n",
        "media/amy.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        "plans/amy-khan.md": plan(
            "Amy Khan", review: "2026-12-04",
            extra: """
                year_group: 3
                class: Kestrels
                teacher: Mrs J Patel
                photo: media/amy.svg
                related: [jacob-khan]
                needs:
                  - indes: speech-language
                    level: 3
                    primary: true
                    summary: Finds spoken instructions hard to follow
                  - indes: semh
                    level: 1
                    summary: Anxious at lunchtime
                provisions:
                  - what: Visual timetable at her desk
                    peass: visual-timetable
                    kind: adjustment
                    who: Class TA
                    how_often: daily
                    minutes: 5
                  - what: Language group
                    peass: language-group
                    kind: additional
                    who: TA (Mrs Hill)
                    how_often: 3 per week
                    minutes: 20
                  - what: Lunchtime check-in with Mrs J Patel
                    kind: additional
                    who: Teacher (Mrs J Patel)
                    how_often: weekly
                    minutes: 10

                """,
            body:
                "## About me\n\nI see the SALT with my case holder. The SALT is kind. Pupil premium helps.\n\n## Review notes\n\nSee [[page:reviews-guide]].\n"
        ),
        "plans/jacob-khan.md": plan(
            "Jacob Khan", review: "2026-11-20",
            extra: """
                year_group: R
                class: Kestrels
                teacher: Mrs J. Patel
                case_holder: Mr D Evans
                needs:
                  - indes: speech-language
                    level: 1
                    primary: true
                provisions:
                  - what: Language group
                    peass: language-group
                    kind: additional
                    who: Speech and language therapist (NHS)
                    how_often: when needed
                    minutes: 20

                """),
        "plans/old-plan.md": plan(
            "Olly Old", review: "2026-03-20", start: "2026-01-05",
            extra: """
                status: archived
                year_group: 6
                class: Swifts
                teacher: Mr K Stone
                needs:
                  - indes: semh
                    level: 2

                """),
        "plans/draft-plan.md": plan(
            "Della Draft", review: "2026-12-01", extra: "status: draft\nteacher: Ms Q Hidden\nclass: Hidden Class\n"),
    ]
}
