import Foundation
import Testing

@testable import SSPWikiCore

/// Leavers: `left:` archives a plan, the plan and the archive say how long it is kept, and the
/// check warns from the day its retention period ends.
@Suite("Leavers and retention")
struct RetentionTests {
    static let leaver = """
        ---
        name: Harvey Lowe
        dob: 2001-06-30
        stage: sen-support
        start: 2017-09-04
        review: 2017-12-08
        left: 2017-07-21
        destination: Saltmarsh Academy
        ---
        ## About me

        I like trains.

        """

    func fixture() -> Fixture {
        Fixture(minimal: { files in
            files["plans/harvey-lowe.md"] = Self.leaver
            files["site.yml"] = "setting: Test School\nretention:\n  years: 25\n  policy: Our records policy\n"
        })
    }

    @Test("a plan with left: is archived, and its page and the archive show the leaving day and keep-until date")
    func leftArchives() throws {
        let fixture = fixture()
        fixture.buildExpectingSuccess()
        let model = try #require(fixture.analyse().model)
        #expect(model.plans.first { $0.id == "harvey-lowe" }?.status == .archived)
        let page = fixture.page("plans/harvey-lowe.html")
        #expect(page.contains("Left on <time datetime=\"2017-07-21\">21 July 2017</time>, moved to Saltmarsh Academy."))
        #expect(page.contains("Keep this record until <time datetime=\"2026-06-30\">30 June 2026</time> (Our records policy)"))
        let archive = fixture.page("archive.html")
        #expect(archive.contains("<td>Saltmarsh Academy</td>"))
        #expect(
            archive.contains(
                "<time datetime=\"2026-06-30\">30 June 2026</time> <span class=\"status status-overdue\">retention passed</span>")
        )
        #expect(!fixture.page("index.html").contains("plans/harvey-lowe.html"))
    }

    @Test("the retention-passed warning fires on the keep-until day, not the day before")
    func warningOnTheDay() {
        let fixture = fixture()
        let before = fixture.analyse(today: Day(iso: "2026-06-29")!).diagnostics.filter { $0.rule == RetentionChecker.rule }
        #expect(before.isEmpty)
        let on = fixture.analyse(today: Day(iso: "2026-06-30")!).diagnostics.filter { $0.rule == RetentionChecker.rule }
        #expect(
            on.map(\.message) == [
                "the retention period of Harvey Lowe's plan (harvey-lowe) ended on 30 June 2026 (Our records policy)"
            ])
        #expect(on.first?.file == "plans/harvey-lowe.md" && on.first?.line == 3 && on.first?.severity == .warning)
    }
}
