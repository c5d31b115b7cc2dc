import Foundation
import Testing
@testable import SSPWikiCore

/// A small demo-like content folder written to a temporary folder, built with the default
/// theme, for the tests of the school-wide views. Tests add or replace files before building.
final class ViewsFixture {
    static let today = Day(iso: "2026-11-29")!

    static let themeDirectory: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path + "/themes/default"
    }()

    let root: String
    var content: String { root + "/content" }
    var output: String { root + "/site" }
    var files: [String: String]

    init(_ change: (inout [String: String]) -> Void = { _ in }) {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sspwiki-views-\(UUID().uuidString)").path
        files = ViewsFixture.demo
        change(&files)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Writes the content and builds the site; records an issue when the build fails.
    @discardableResult
    func build(today: Day = ViewsFixture.today, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> BuildReport {
        writeContent()
        let report = SiteBuilder().build(BuildOptions(content: content, output: output,
                                                      themeDirectories: [ViewsFixture.themeDirectory], today: today))
        #expect(report.succeeded, "\(DiagnosticFormatter(contentPrefix: "content").format(all: report.diagnostics))",
                sourceLocation: sourceLocation)
        return report
    }

    /// Loads and links the content without rendering.
    func analyse() -> (ContentModel, LinkGraph) {
        writeContent()
        let (model, graph, _) = SiteBuilder().analyse(content: content, today: ViewsFixture.today)
        return (model!, graph)
    }

    func writeContent() {
        try? FileManager.default.removeItem(atPath: content)
        for (path, text) in files {
            let target = content + "/" + path
            try! FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                     withIntermediateDirectories: true)
            try! Data(text.utf8).write(to: URL(fileURLWithPath: target))
        }
    }

    /// A built file's text ("" when it was not written).
    func page(_ path: String) -> String {
        (try? String(contentsOfFile: output + "/" + path, encoding: .utf8)) ?? ""
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: output + "/" + path) }

    /// Every file of the built site, relative to its root.
    func siteFiles() -> [String] {
        (FileManager.default.subpaths(atPath: output) ?? []).filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: output + "/" + path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
    }

    /// The part of `html` from the element whose opening tag holds `marker` to the next `</section>`.
    static func part(_ html: String, _ marker: String) -> String {
        guard let start = html.range(of: marker) else { return "" }
        let rest = html[start.lowerBound...]
        return String(rest[..<(rest.range(of: "</section>")?.upperBound ?? rest.endIndex)])
    }
}

extension ViewsFixture {
    /// A plan's front matter and body; `extra` is added as front-matter lines.
    static func plan(_ name: String, review: String = "2027-01-22", start: String = "2026-09-07", extra: String = "",
                     body: String = "## About me\n\nI like lego.\n") -> String {
        "---\nname: \(name)\nstage: sen-support\nstart: \(start)\nreview: \(review)\n\(extra)---\n\(body)"
    }

    static let demo: [String: String] = [
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
        "indes/speech-language.md": """
            ---
            title: Speech and language
            area: Communication and interaction
            levels:
              - level: 0
                label: Typically developing
              - level: 1
                label: Emerging need
              - level: 2
                label: Moderate need
              - level: 3
                label: Significant need
            ---
            How speech and language needs look at each level.

            """,
        "indes/semh.md": """
            ---
            title: Social, emotional & mental health
            levels:
              - level: 0
                label: Typically developing
              - level: 1
                label: Emerging need
              - level: 2
                label: Moderate need
            ---
            Feelings, friendships and behaviour.

            """,
        "peass/visual-timetable.md": "---\ntitle: Visual timetable\ncategory: communication-interaction\nlevel: classroom\n---\nA timetable in pictures.\n",
        "peass/language-group.md": "---\ntitle: Language group\ncategory: communication-interaction\nlevel: sendco\n---\nSmall-group language work.\n",
        "pages/reviews-guide.md": "---\ntitle: How we review plans\n---\nEvery review starts with [[plan:amy-khan|Amy]]'s view. Levels: [[indes:speech-language/3]].\n",
        "media/amy.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        "plans/amy-khan.md": plan("Amy Khan", review: "2026-12-04", extra: """
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

            """, body: "## About me\n\nI see the SALT with my case holder. The SALT is kind. Pupil premium helps.\n\n## Review notes\n\nSee [[page:reviews-guide]].\n"),
        "plans/jacob-khan.md": plan("Jacob Khan", review: "2026-11-20", extra: """
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
        "plans/old-plan.md": plan("Olly Old", review: "2026-03-20", start: "2026-01-05", extra: """
            status: archived
            year_group: 6
            class: Swifts
            teacher: Mr K Stone
            needs:
              - indes: semh
                level: 2

            """),
        "plans/draft-plan.md": plan("Della Draft", review: "2026-12-01", extra: "status: draft\nteacher: Ms Q Hidden\nclass: Hidden Class\n"),
    ]
}
