import Testing

@testable import SSPWikiCore

@Suite("Drafts, archived plans and review dates")
struct DraftArchiveTests {
    static func site() -> (Fixture, BuildReport) {
        builtSite {
            $0["plans/dora-draft.md"] = MinimalContent.plan(
                name: "Dora Draftwell",
                extra: """
                    status: draft
                    needs:
                      - indes: speech-language
                        level: 2
                    provisions:
                      - what: Reading group
                        peass: visual-timetable

                    """)
            $0["plans/arthur-archive.md"] = MinimalContent.plan(name: "Arthur Archer", extra: "status: archived\n")
            $0["plans/olive-overdue.md"] = MinimalContent.plan(name: "Olive Overdue").replacingOccurrences(
                of: "review: 2026-12-11", with: "review: 2026-11-01")
        }
    }

    @Test func draftsAreNeverWritten() {
        let (fixture, report) = DraftArchiveTests.site()
        #expect(!fixture.siteHas("plans/dora-draft.html"))
        #expect(report.plans == 4)
        for (path, html) in fixture.htmlPages() {
            #expect(!html.contains("Dora") && !html.contains("dora-draft"), "\(path) mentions the draft")
        }
    }

    @Test func archivedPlansAreOnTheArchiveNotTheHomePage() throws {
        let (fixture, _) = DraftArchiveTests.site()
        let index = try #require(fixture.siteText("index.html"))
        let archive = try #require(fixture.siteText("archive.html"))
        #expect(!index.contains("Arthur Archer"))
        #expect(!index.contains("plans/arthur-archive.html"))
        #expect(archive.contains("<a href=\"plans/arthur-archive.html\">Arthur Archer</a>"))
        #expect(!archive.contains("Amelia Khan"))
        let plan = try #require(fixture.siteText("plans/arthur-archive.html"))
        #expect(plan.contains("This plan is archived."))
    }

    @Test func theHomePageLinksToEveryActivePlan() throws {
        let (fixture, _) = DraftArchiveTests.site()
        let index = try #require(fixture.siteText("index.html"))
        for (id, name) in [("amelia-khan", "Amelia Khan"), ("jacob-khan", "Jacob Khan"), ("olive-overdue", "Olive Overdue")] {
            #expect(index.contains("<a href=\"plans/\(id).html\">\(name)</a>"), "\(name)")
        }
    }

    @Test func reviewsDueSoonOrOverdueAreMarked() throws {
        // Today is 29 November 2026 and review_soon_days is 14.
        let (fixture, _) = DraftArchiveTests.site()
        func summary(_ id: String) throws -> String {
            element("p", holding: "class=\"plan-summary\"", in: try #require(fixture.siteText("plans/\(id).html")))
        }
        #expect(
            try summary("amelia-khan").contains(
                "<time datetime=\"2026-12-11\">11 Dec 2026</time> <span class=\"status status-soon\">Due soon</span>"))
        #expect(
            try summary("olive-overdue").contains(
                "<time datetime=\"2026-11-01\">1 Nov 2026</time> <span class=\"status status-overdue\">Overdue</span>"))
        let later = try summary("jacob-khan")
        #expect(later.contains("18 Dec 2026"))
        #expect(!later.contains("Due soon") && !later.contains("Overdue"))
    }

    @Test func aDraftMayLinkToADraftButNothingPublishedMay() {
        let (_, report) = builtSite {
            $0["plans/dora-draft.md"] = MinimalContent.plan(name: "Dora", extra: "status: draft\n", body: "See [[eve-draft]].\n")
            $0["plans/eve-draft.md"] = MinimalContent.plan(name: "Eve", extra: "status: draft\n")
        }
        #expect(report.diagnostics.errors.isEmpty, "\(Fixture.formatted(report.diagnostics))")
        let published = Fixture(minimal: {
            $0["plans/dora-draft.md"] = MinimalContent.plan(name: "Dora", body: "See [[eve-draft]].\n")
            $0["plans/eve-draft.md"] = MinimalContent.plan(name: "Eve", extra: "status: draft\n")
        }).build()
        #expect(published.diagnostics.errors.map(\.message) == ["'[[eve-draft]]' links to a draft plan, which is not published"])
        #expect(published.diagnostics.errors.first?.location.file == "plans/dora-draft.md")
    }
}
