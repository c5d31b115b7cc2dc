import Foundation

@testable import SSPWikiCore

/// The small content folder of the authoring and serve tests (`Fixture.authoring`): a site.yml,
/// a glossary, an INDES section, a PEaSS entry and two plans, one linking the other.
enum AuthoringContent {
    static let plan = """
        ---
        name: Amelia Khan
        known_as: Amy
        stage: sen-support
        plan_number: 1
        start: 2026-09-08
        review: 2026-12-11
        needs:
          - indes: speech-language
            level: 2
            primary: true
        provisions:
          - what: Visual timetable at her desk
            peass: visual-timetable
            kind: adjustment
            how_often: daily
            minutes: 5
        ---
        ## About me

        I like drawing. My brother is [[plan:jacob-khan]].
        """

    /// Every file of the folder, by path under content/.
    static let files: [String: String] = [
        "site.yml": "setting: Kestrel Primary School\n",
        "glossary.yml": "SALT: Speech and Language Therapist\n",
        "indes/speech-language.md": """
        ---
        title: Speech and language
        levels:
          - level: 0
            label: Typically developing
          - level: 1
            label: Emerging
          - level: 2
            label: Moderate
          - level: 3
            label: Significant
        ---
        How children understand and use language.
        """,
        "peass/visual-timetable.md": "---\ntitle: Visual timetable\n---\nPictures of the day's lessons.\n",
        "plans/amy-khan.md": plan,
        "plans/jacob-khan.md":
            "---\nname: Jacob Khan\nstage: sen-support\nstart: 2026-09-08\nreview: 2026-12-11\nrelated: [amy-khan]\n---\nJacob.\n",
    ]
}

extension Fixture {
    /// A fixture holding `AuthoringContent.files` with `files` written over them.
    static func authoring(_ files: [String: String] = [:]) -> Fixture {
        Fixture(AuthoringContent.files) { all in all.merge(files) { _, given in given } }
    }

    /// The default theme, loaded.
    static func theme() -> Theme {
        Theme.load(directories: [defaultTheme]).0!
    }

    /// The text of a file under content/.
    func read(_ path: String) throws -> String {
        try String(contentsOfFile: content + "/" + path, encoding: .utf8)
    }
}
