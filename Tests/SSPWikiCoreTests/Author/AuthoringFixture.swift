import Foundation

@testable import SSPWikiCore

/// A small content folder written into a fresh temporary folder, for authoring tests.
struct AuthoringFixture {
    let root: String

    var content: String { root + "/content" }

    /// The repository's default theme.
    static let themeDirectory: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("themes/default").path
    }()

    static func theme() -> Theme {
        Theme.load(directories: [themeDirectory]).0!
    }

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

    /// Writes `files` (path → text) plus a site.yml, an INDES section, a PEaSS entry and two plans.
    init(_ files: [String: String] = [:]) throws {
        root = NSTemporaryDirectory() + "sspwiki-authoring-" + UUID().uuidString
        var all: [String: String] = [
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
            "plans/amy-khan.md": Self.plan,
            "plans/jacob-khan.md":
                "---\nname: Jacob Khan\nstage: sen-support\nstart: 2026-09-08\nreview: 2026-12-11\nrelated: [amy-khan]\n---\nJacob.\n",
        ]
        for (path, text) in files { all[path] = text }
        for (path, text) in all { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        let url = URL(fileURLWithPath: content + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOfFile: content + "/" + path, encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}
