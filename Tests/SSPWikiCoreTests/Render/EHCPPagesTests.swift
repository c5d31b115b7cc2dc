import Testing

@testable import SSPWikiCore

/// An EHCP plan's outcomes and annual review on the plan page, the reviews page, the
/// dashboard and the review calendar.
@Suite("EHCP outcomes and annual reviews on the site")
struct EHCPPagesTests {
    static let file = "plans/amelia-khan.md"

    /// Amy's plan at the EHCP stage, its target stepping towards outcome O2; O1 has no target yet.
    func site(annualReview: String = "2027-05-20") -> Fixture {
        let fixture = Fixture(minimal: { files in
            files.edit(Self.file, replacing: "stage: sen-support", with: "stage: ehcp")
            files.edit(Self.file, replacing: "    links_to: EHCP outcome 2\n", with: "    links_to: O2\n")
            files.edit(
                Self.file, replacing: "needs:\n",
                with: """
                    ehcp:
                      annual_review: \(annualReview)
                      outcomes:
                        - id: O1
                          section: Cognition and learning
                          text: Amy reads for pleasure by the end of Year 4
                        - id: O2
                          section: Communication and interaction
                          text: Amy follows instructions in class as her classmates do
                    needs:

                    """)
        })
        fixture.buildExpectingSuccess()
        return fixture
    }

    @Test func thePlanPageShowsTheOutcomesNearTheTopWithTheTargetsSteppingTowardsEach() throws {
        let html = site().page("plans/amelia-khan.html")
        let outcomes = section(html, "id=\"ehcp-outcomes\"")
        #expect(
            outcomes.contains(
                "<li id=\"outcome-o2\"><p><strong>O2</strong> <span class=\"muted\">(Communication and interaction)</span>: Amy follows instructions in class as her classmates do</p>"
            ))
        #expect(outcomes.contains("<p class=\"outcome-steps\">Targets stepping towards it: <a href=\"#target-t1\">T1</a> </p>"))
        #expect(
            outcomes.contains(
                "<li id=\"outcome-o1\"><p><strong>O1</strong> <span class=\"muted\">(Cognition and learning)</span>: Amy reads for pleasure by the end of Year 4</p>\n    <p class=\"outcome-steps muted\">No target in this plan steps towards it yet.</p>"
            ))
        let order = ["id=\"must-know\"", "id=\"ehcp-outcomes\"", "id=\"about-me\"", "id=\"targets\""].map {
            html.range(of: $0)?.lowerBound
        }
        #expect(order.allSatisfy { $0 != nil } && order.compactMap { $0 } == order.compactMap { $0 }.sorted())
        #expect(fact(html, "EHCP annual review") == "20 May 2027")
        #expect(
            section(html, "id=\"targets\"").contains(
                "<div><dt>Longer-term outcome</dt><dd><a href=\"#outcome-o2\">O2: Amy follows instructions in class as her classmates do</a></dd></div>"
            ))
    }

    @Test func theReviewsPageAndTheDashboardListAnnualReviewsWithTheirState() throws {
        let fixture = site(annualReview: "2026-12-03")
        let reviews = section(fixture.page("reviews.html"), "id=\"annual-reviews\"")
        #expect(
            reviews.contains(
                "<li><a href=\"plans/amelia-khan.html\">Amelia Khan</a> · annual review <time datetime=\"2026-12-03\">3 December 2026</time> <span class=\"status status-soon\">Due soon</span></li>"
            ))
        let home = section(fixture.page("index.html"), "id=\"annual-review-list\"")
        #expect(
            home.contains(
                "<li><a href=\"plans/amelia-khan.html\">Amelia Khan</a> · <time datetime=\"2026-12-03\">3 December 2026</time> <span class=\"status status-soon\">Due soon</span></li>"
            ))
        let plain = Fixture(minimal: { _ in })
        plain.buildExpectingSuccess()
        #expect(!plain.page("reviews.html").contains("id=\"annual-reviews\""), "no EHCP annual review, no list")
    }

    @Test func theCalendarHasAnEventOnTheAnnualReviewDate() throws {
        let lines = ICalendarTests.unfold(site().page("reviews.ics"))
        #expect(lines.contains("UID:annual-review-amelia-khan@kestrel-primary-school.sspwiki"))
        #expect(lines.contains("SUMMARY:EHCP annual review: A.K. (amelia-khan)"))
        #expect(lines.contains("DTSTART;VALUE=DATE:20270520"))
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 3, "two plan reviews and one annual review")
    }
}
