import Foundation
import Testing

@testable import SSPWikiCore

/// The next build keeps every page whose sources did not change and renders again exactly the
/// pages that show what was edited — a plan, a template, a catalogue entry, a glossary term —
/// and the site it writes is the one a build from nothing writes.
@Suite("Build cache: keeping unchanged pages")
struct PageReuseTests {
    /// Pages made from every plan, rendered again after any content edit.
    static let listPages: Set<String> = [
        "index.html", "reviews.html", "reviews.ics", "provision-map.html", "provision-map.csv", "staff/index.html",
        "archive.html", "glossary.html", "indes/index.html", "peass/index.html", "pages/index.html", "quality.html",
        "search.html",
    ]

    /// The minimal tree, with a third child who shares nothing with the Khans.
    func fixture() -> Fixture {
        Fixture(minimal: { files in
            files["plans/amelia-khan.md"] = files["plans/amelia-khan.md"]!
                .replacingOccurrences(of: "Reviewed with Mum.", with: "Reviewed with Mum and the SALT.")
            files["indes/cognition-learning.md"] = MinimalContent.indes.replacingOccurrences(
                of: "Speech and language", with: "Cognition and learning"
            )
            .replacingOccurrences(of: "Communication and interaction", with: "Cognition and learning")
            files["peass/precision-teaching.md"] =
                "---\ntitle: Precision teaching\ncategory: cognition-learning\nlevel: classroom\n---\nShort daily practice.\n"
            files["plans/zara-okafor.md"] = """
                ---
                name: Zara Okafor
                stage: sen-support
                start: 2026-09-08
                review: 2026-12-18
                dob: 2018-01-22
                year_group: 4
                class: Herons
                teacher: Mr K Boateng
                case_holder: Ms L Grant
                needs:
                  - indes: cognition-learning
                    level: 2
                targets:
                  - id: T1
                    outcome: Read 40 common exception words
                    measure: 36 of 40 words read correctly in a weekly check
                    baseline: 12 words
                    by: 2026-12-18
                provisions:
                  - what: Precision teaching of sight words
                    peass: precision-teaching
                    kind: additional
                    who: TA (Mr Shaw)
                    how_often: daily
                    minutes: 10
                    start: 2026-09-08
                    end: 2026-12-18
                    targets: [T1]
                ---
                Zara enjoys her ELSA sessions.

                ## About me
                I like football and reading comics.

                ## Family views
                Dad says Zara reads more at home now.

                ## Strengths
                Keeps going when a task is hard.

                """
        })
    }

    func build(_ fixture: Fixture, theme: [String] = [Fixture.defaultTheme], cache: Bool = true) -> BuildReport {
        var options = BuildOptions(
            content: fixture.content, output: fixture.output, themeDirectories: theme,
            today: Fixture.today, history: false)
        options.reusePages = cache
        let report = SiteBuilder().build(options)
        #expect(report.succeeded && report.diagnostics.isEmpty, "\(report.diagnostics.map(\.message))")
        return report
    }

    /// A theme override folder holding the default theme's template `name` with `text` added
    /// at its end; returns the theme folders to build with.
    func overrideTemplate(_ name: String, appending text: String, in fixture: Fixture) throws -> [String] {
        let theme = fixture.root + "/theme"
        try FileManager.default.createDirectory(atPath: theme + "/templates", withIntermediateDirectories: true)
        let original = try String(contentsOfFile: Fixture.defaultTheme + "/templates/\(name).mustache", encoding: .utf8)
        try (original + text).write(toFile: theme + "/templates/\(name).mustache", atomically: true, encoding: .utf8)
        return [Fixture.defaultTheme, theme]
    }

    /// Builds again after `edit` and checks the pages rendered, then that a build from nothing
    /// writes the same site.
    func expectRebuild(
        _ fixture: Fixture, theme: [String] = [Fixture.defaultTheme], renders expected: Set<String>,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let report = build(fixture, theme: theme)
        #expect(Set(report.pagesRendered) == expected, sourceLocation: sourceLocation)
        #expect(
            report.pagesKept == report.pagesWritten - expected.filter { $0.hasSuffix(".html") }.count,
            sourceLocation: sourceLocation)
        let incremental = fixture.siteSnapshot()
        _ = build(fixture, theme: theme, cache: false)
        #expect(
            fixture.siteSnapshot() == incremental, "the kept pages differ from a build from nothing",
            sourceLocation: sourceLocation)
    }

    @Test func anUneditedRebuildIsSkippedAndAFreshOneKeepsEveryPage() throws {
        let fixture = fixture()
        let first = build(fixture)
        #expect(first.pagesKept == 0)
        #expect(build(fixture).upToDate)
        let inode = { (path: String) in
            (try? FileManager.default.attributesOfItem(atPath: fixture.output + "/" + path))?[.systemFileNumber] as? NSNumber
        }
        let before = ["plans/zara-okafor.html", "search/index.js"].map(inode)
        try FileManager.default.removeItem(atPath: fixture.root + "/.sspwiki-cache/site.json")
        let second = build(fixture)
        #expect(second.pagesRendered.isEmpty)
        #expect(second.pagesKept == first.pagesWritten)
        // Kept pages and unchanged search files are the same files, not copies.
        #expect(["plans/zara-okafor.html", "search/index.js"].map(inode) == before)
    }

    @Test func editingAPlanRendersThePagesThatShowIt() {
        let fixture = fixture()
        _ = build(fixture)
        fixture.edit(
            "plans/amelia-khan.md", replacing: "I like drawing and horses.", with: "I like drawing, horses and swimming.")
        // Not her INDES section's or PEaSS entry's page: their rows show none of the body.
        expectRebuild(
            fixture,
            renders: Self.listPages.union([
                "plans/amelia-khan.html", "plans/jacob-khan.html",  // Jacob's page names Amelia as related
                "staff/mrs-j-patel.html", "staff/mr-d-evans.html", "classes/kestrels.html",
                // The passports show the plan's own sections.
                "plans/amelia-khan/passport.html", "plans/jacob-khan/passport.html", "classes/kestrels/passports.html",
            ]))
    }

    @Test func editingWhatAnINDESOrPEaSSRowShowsRendersThatPage() {
        let fixture = fixture()
        _ = build(fixture)
        let planPages: Set<String> = [
            "plans/amelia-khan.html", "plans/jacob-khan.html", "staff/mrs-j-patel.html", "staff/mr-d-evans.html",
            "classes/kestrels.html", "plans/amelia-khan/passport.html", "plans/jacob-khan/passport.html",
            "classes/kestrels/passports.html",
        ]
        fixture.edit(
            "plans/amelia-khan.md", replacing: "summary: Finds multi-step spoken instructions hard to follow",
            with: "summary: Finds long spoken instructions hard to follow")
        expectRebuild(fixture, renders: Self.listPages.union(planPages).union(["indes/speech-language.html"]))
        fixture.edit("plans/amelia-khan.md", replacing: "who: Class TA", with: "who: Class teacher")
        expectRebuild(fixture, renders: Self.listPages.union(planPages).union(["peass/visual-timetable.html"]))
        fixture.edit("plans/amelia-khan.md", replacing: "name: Amelia Khan", with: "name: Amelia Kahn")
        expectRebuild(
            fixture,
            renders: Self.listPages.union(planPages).union(["indes/speech-language.html", "peass/visual-timetable.html"]))
    }

    @Test func editingATemplateRendersThePagesMadeWithIt() throws {
        let fixture = fixture()
        _ = build(fixture)
        let theme = try overrideTemplate("peass", appending: "{{! a comment added by the school }}\n", in: fixture)
        expectRebuild(
            fixture, theme: theme,
            renders: ["peass/visual-timetable.html", "peass/precision-teaching.html"])
    }

    @Test func editingAPartialRendersThePagesWhoseTemplatesUseIt() throws {
        let fixture = fixture()
        _ = build(fixture)
        let theme = try overrideTemplate("plan-rows", appending: "<!-- rows -->\n", in: fixture)
        let report = build(fixture, theme: theme)
        let rendered = Set(report.pagesRendered)
        #expect(rendered.contains("staff/mr-k-boateng.html") && rendered.contains("classes/herons.html"))
        #expect(!rendered.contains("plans/zara-okafor.html") && !rendered.contains("peass/precision-teaching.html"))
        #expect(fixture.siteText("classes/herons.html")?.contains("<!-- rows -->") == true)
    }

    @Test func editingACatalogueEntryRendersItsPageAndThePlansUsingIt() {
        let fixture = fixture()
        _ = build(fixture)
        fixture.edit(
            "peass/visual-timetable.md", replacing: "title: Visual timetable", with: "title: Visual timetable (now and next)")
        expectRebuild(
            fixture,
            renders: Self.listPages.union([
                "peass/visual-timetable.html", "plans/amelia-khan.html", "plans/jacob-khan.html",
                "plans/amelia-khan/passport.html", "plans/jacob-khan/passport.html",
            ]))
        #expect(fixture.siteText("plans/jacob-khan.html")?.contains("Visual timetable (now and next)") == true)
    }

    @Test func editingAGlossaryTermRendersThePagesThatUseIt() {
        let fixture = fixture()
        _ = build(fixture)
        fixture.edit(
            "glossary.yml", replacing: "SALT: Speech and Language Therapist", with: "SALT: Speech and Language Therapy service")
        expectRebuild(fixture, renders: Self.listPages.union(["plans/amelia-khan.html", "plans/amelia-khan/passport.html"]))
        #expect(fixture.siteText("plans/amelia-khan.html")?.contains("Speech and Language Therapy service") == true)
    }

    @Test func aPageChangedInTheSiteFolderIsRenderedAgain() throws {
        let fixture = fixture()
        _ = build(fixture)
        // Same size, different text: only the file's identity and time tell it was changed.
        let page = fixture.output + "/plans/zara-okafor.html"
        let original = try String(contentsOfFile: page, encoding: .utf8)
        try original.replacingOccurrences(of: "Zara Okafor", with: "Zara Okafoe").write(
            toFile: page, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: fixture.root + "/.sspwiki-cache/site.json")
        let report = build(fixture)
        #expect(report.pagesRendered == ["plans/zara-okafor.html"])
        #expect(fixture.siteText("plans/zara-okafor.html")?.contains("Zara Okafor") == true)
    }

    @Test func noCacheRendersEveryPage() {
        let fixture = fixture()
        let first = build(fixture)
        let again = build(fixture, cache: false)
        #expect(!again.upToDate && again.pagesKept == 0)
        #expect(again.pagesRendered.count == first.pagesRendered.count)
    }
}

/// With history, a committed edit to one plan renders again that plan's pages and history,
/// and keeps the other plans' pages, histories and past versions.
@Suite("Build cache: keeping unchanged pages with history")
struct PageReuseHistoryTests {
    @Test func aCommittedEditKeepsTheOtherPlansHistories() throws {
        let repo = Fixture.repository()
        repo.write("plans/amelia-khan.md", planText())
        repo.write("plans/jacob-khan.md", planText(name: "Jacob Khan"))
        repo.commit("First plans", date: "2026-09-07")
        repo.write("plans/amelia-khan.md", planText(number: 2))
        repo.write("plans/jacob-khan.md", planText(name: "Jacob Khan", number: 2))
        repo.commit("Second plans", date: "2026-10-07")
        let output = repo.root + "-site"
        defer { try? FileManager.default.removeItem(atPath: output) }
        func build(cache: Bool = true) -> BuildReport {
            var options = BuildOptions(
                content: repo.content, output: output, themeDirectories: [Fixture.defaultTheme],
                today: Fixture.today)
            options.reusePages = cache
            let report = SiteBuilder().build(options)
            #expect(report.succeeded, "\(report.diagnostics.map(\.message))")
            return report
        }
        let first = build()
        #expect(first.pagesRendered.contains { $0.hasPrefix("plans/jacob-khan/rev/") })
        repo.write("plans/amelia-khan.md", planText(number: 3, body: "## About me\n\nI like drawing and horses.\n"))
        repo.commit("Third plan for Amelia", date: "2026-11-07")
        let second = build()
        let rendered = Set(second.pagesRendered)
        #expect(rendered.contains("plans/amelia-khan.html") && rendered.contains("plans/amelia-khan/history.html"))
        #expect(rendered.contains("changes.html"))
        #expect(!rendered.contains("plans/jacob-khan.html") && !rendered.contains("plans/jacob-khan/history.html"))
        #expect(!rendered.contains { $0.hasPrefix("plans/jacob-khan/rev/") })
        let snapshot = Fixture.files(under: output).map { ($0, try? String(contentsOfFile: output + "/" + $0, encoding: .utf8)) }
        _ = build(cache: false)
        let fresh = Fixture.files(under: output).map { ($0, try? String(contentsOfFile: output + "/" + $0, encoding: .utf8)) }
        #expect(snapshot.map(\.0) == fresh.map(\.0))
        #expect(zip(snapshot, fresh).filter { $0.0.1 != $0.1.1 }.map(\.0.0) == [])
    }
}
