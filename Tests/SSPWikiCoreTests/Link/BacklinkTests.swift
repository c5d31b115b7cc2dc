import Testing

@testable import SSPWikiCore

/// Every page shows what links to it; related plans and catalogue pages show the plans that use them.
@Suite("The link graph")
struct BacklinkTests {
    @Test func backlinksWorkBothWays() throws {
        let (fixture, _) = builtSite {
            $0["pages/apdr-calendar.md"] = MinimalContent.page(
                title: "Our APDR calendar", body: "Next review: [[plan:jacob-khan]].\n")
            $0.edit("plans/jacob-khan.md", replacing: "Jacob's plan.", with: "Jacob's plan; see [[page:apdr-calendar]].")
        }
        let jacob = try #require(fixture.siteText("plans/jacob-khan.html"))
        let page = try #require(fixture.siteText("pages/apdr-calendar.html"))
        let jacobLinkedFrom = section(jacob, "id=\"linked-from\"")
        #expect(
            jacobLinkedFrom.contains(
                "<a href=\"../pages/apdr-calendar.html\">Our APDR calendar</a> <span class=\"muted\">Page</span>"))
        let pageLinkedFrom = section(page, "id=\"linked-from\"")
        #expect(pageLinkedFrom.contains("<a href=\"../plans/jacob-khan.html\">Jacob Khan</a> <span class=\"muted\">Plan</span>"))
    }

    @Test func theGraphRecordsBacklinksAndResolvedLinks() throws {
        let fixture = Fixture(minimal: {
            $0["pages/apdr-calendar.md"] = MinimalContent.page(body: "[[jacob-khan]] and [[indes:speech-language/3]]\n")
        })
        let (_, graph, diagnostics) = fixture.analyse()
        #expect(diagnostics.errors.isEmpty)
        #expect(graph.linkedFrom(PageRef(.plan, "jacob-khan")).contains(PageRef(.page, "apdr-calendar")))
        #expect(graph.linkedFrom(PageRef(.indes, "speech-language")).contains(PageRef(.page, "apdr-calendar")))
        let resolved = try #require(graph.resolved[PageRef(.page, "apdr-calendar")])
        #expect(resolved.map { $0?.sitePath } == ["plans/jacob-khan.html", "indes/speech-language.html#level-3"])
        #expect(graph.linkedFrom(PageRef(.page, "apdr-calendar")).isEmpty)
    }

    @Test func relatedPlansShowEachOtherWhenOnlyOneListsTheOther() throws {
        let (fixture, _) = builtSite()
        #expect(!MinimalContent.secondPlan.contains("related"))
        let amelia = try #require(fixture.siteText("plans/amelia-khan.html"))
        let jacob = try #require(fixture.siteText("plans/jacob-khan.html"))
        #expect(
            amelia.contains(
                "<dt>Related plans</dt><dd><ul class=\"inline\"><li><a href=\"../plans/jacob-khan.html\">Jacob Khan</a></li></ul>"
            ))
        #expect(
            jacob.contains(
                "<dt>Related plans</dt><dd><ul class=\"inline\"><li><a href=\"../plans/amelia-khan.html\">Amelia Khan</a></li></ul>"
            ))
        #expect(section(jacob, "id=\"linked-from\"").contains("../plans/amelia-khan.html"))
        #expect(section(amelia, "id=\"linked-from\"").contains("../plans/jacob-khan.html"))
    }

    @Test func aRelatedDraftIsNotShown() throws {
        let (fixture, _) = builtSite {
            $0.edit("plans/jacob-khan.md", replacing: "year_group: R", with: "year_group: R\nstatus: draft")
        }
        let amelia = try #require(fixture.siteText("plans/amelia-khan.html"))
        #expect(!amelia.contains("Jacob Khan"))
        #expect(!amelia.contains("jacob-khan.html"))
    }

    @Test func theIndesPageListsEachActivePlanAtItsLevel() throws {
        let (fixture, _) = builtSite {
            $0["plans/archived-child.md"] = MinimalContent.plan(
                name: "Archived Child", extra: "status: archived\nneeds:\n  - indes: speech-language\n    level: 3\n")
        }
        let html = try #require(fixture.siteText("indes/speech-language.html"))
        let level3 = section(html, "id=\"level-3\"")
        #expect(level3.contains("Level 3: Significant needs <span class=\"muted\">(1 active)</span>"))
        #expect(
            level3.contains(
                "<a href=\"../plans/amelia-khan.html\">Amelia Khan</a> <span class=\"badge\">primary</span>: Finds multi-step spoken instructions hard to follow"
            ))
        #expect(!level3.contains("Archived Child"))
        let level1 = section(html, "id=\"level-1\"")
        #expect(level1.contains("<a href=\"../plans/jacob-khan.html\">Jacob Khan</a>"))
        #expect(!level1.contains("Amelia"))
        #expect(section(html, "id=\"level-0\"").contains("(0 active)"))
        let index = try #require(fixture.siteText("indes/index.html"))
        #expect(
            index.contains(
                "<a href=\"speech-language.html\">Speech and language</a></th><td>Communication and interaction</td><td>2</td>"))
    }

    @Test func thePeassPageListsThePlanReceivingIt() throws {
        let (fixture, _) = builtSite()
        let html = try #require(fixture.siteText("peass/visual-timetable.html"))
        let receiving = section(html, "id=\"receiving\"")
        #expect(
            receiving.contains(
                "<th scope=\"row\"><a href=\"../plans/amelia-khan.html\">Amelia Khan</a></th><td>Class TA</td><td>daily</td><td>5</td>"
            ))
        #expect(
            receiving.contains(
                "<th scope=\"row\"><a href=\"../plans/jacob-khan.html\">Jacob Khan</a></th><td>Class teacher</td><td>daily</td><td>5</td>"
            ))
        #expect(section(html, "id=\"linked-from\"").contains("../plans/amelia-khan.html"))
        let plan = try #require(fixture.siteText("plans/amelia-khan.html"))
        #expect(plan.contains("<a href=\"../peass/visual-timetable.html\">Visual timetable</a>"))
    }

    @Test func aPeassEntryNobodyReceivesSaysSo() throws {
        let (fixture, _) = builtSite {
            $0.edit("plans/amelia-khan.md", replacing: "    peass: visual-timetable\n", with: "")
            $0.edit("plans/jacob-khan.md", replacing: "    peass: visual-timetable\n", with: "")
        }
        let html = try #require(fixture.siteText("peass/visual-timetable.html"))
        #expect(html.contains("No active plan uses this at the moment."))
    }
}
