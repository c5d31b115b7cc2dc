import Foundation
import Testing

@testable import SSPWikiCore

/// The progress page of a child and the panel on the plan page, built from the git history.
@Suite struct ProgressPageTests {
    @Test func progressPageShowsEachCycleTargetAndNeedLevel() throws {
        let repo = ImpactFixture.repository()
        let (report, page) = HistoryBuildTests().build(repo.content)
        #expect(report.succeeded)
        let progress = try #require(page("plans/amelia-k/progress.html"))
        #expect(progress.contains("<h1>Progress of Amelia Khan</h1>"))
        #expect(progress.contains("content=\"noindex,nofollow\""))
        // Cycle 2 was reviewed after its review date; cycle 3 is still open.
        #expect(
            progress.contains(
                "<th scope=\"row\">2 (plan 2)</th><td>7 Dec 2026</td><td>25 Mar 2027 <span class=\"status status-overdue\">late (due 19 Mar 2027)</span></td><td>Set new outcomes</td><td class=\"num\">3</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">1 h 20 min</td>"
            ))
        #expect(progress.contains("open, review due 9 Jul 2027"))
        // Targets followed across cycles: the reused id T1 is a second row, T3 went on as T4.
        #expect(
            progress.contains(
                "<span class=\"muted\">T2</span> Take turns in a group game with three peers</th><td>Carried over</td><td>Achieved</td><td>–</td>"
            ))
        #expect(
            progress.contains(
                "<span class=\"muted\">T1 (2)</span> Write two sentences with a capital letter and a full stop</th><td>–</td><td>Partly achieved</td><td>In progress</td>"
            ))
        #expect(
            progress.contains(
                "<span class=\"muted\">T3</span> Ask an adult for help with a help card</th><td>–</td><td>Carried over</td><td>In progress</td>"
            ))
        #expect(
            progress.contains(
                "<desc id=\"cycle-outcomes-desc\">Cycle 1 (plan 1): Achieved 1 target, Carried over 1 target; Cycle 2 (plan 2): Achieved 1 target, Partly achieved 1 target, Carried over 1 target.</desc>"
            ))
        #expect(progress.contains("Cycle 3: 50 min"))

        let plan = try #require(page("plans/amelia-k.html"))
        #expect(plan.contains("Targets of the 2 reviewed cycles in the history"))
        #expect(plan.contains("<div><dt>Achieved</dt><dd>2</dd></div><div><dt>Partly achieved</dt><dd>1</dd></div>"))
        #expect(plan.contains("href=\"../plans/amelia-k/progress.html\""))
    }

    @Test func withoutHistoryThereIsNoProgressPage() throws {
        let repo = ImpactFixture.repository()
        let (report, page) = HistoryBuildTests().build(repo.content, history: false)
        #expect(report.succeeded)
        #expect(page("plans/amelia-k/progress.html") == nil)
        #expect(page("plans/amelia-k.html")?.contains("Progress over cycles") == false)
    }
}
