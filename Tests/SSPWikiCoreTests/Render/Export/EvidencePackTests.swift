import Foundation
import Testing

@testable import SSPWikiCore

/// The evidence and transfer packs read a plan's cycles from its git history.
@Suite struct EvidencePackTests {
    static let firstTarget =
        "targets:\n  - id: T1\n    outcome: Read 20 common words on sight\n    measure: 20 of 20 twice\n    status: %@\n"
    static let secondTarget =
        "targets:\n  - id: T1\n    outcome: Read 40 common words on sight\n    measure: 40 of 40 twice\n    status: %@\n"

    /// Two reviewed cycles of Amelia's plan, and Jacob's plan beside it.
    static func repository() -> Fixture {
        let repo = Fixture.repository()
        let agency =
            "external:\n  - agency: Educational psychology service\n    involvement: Assessed reading\n    date: 2026-06-01\n"
        repo.write("plans/jacob-khan.md", planText(name: "Jacob Khan"))
        repo.write("plans/amelia-khan.md", planText(extra: String(format: firstTarget, "in-progress") + agency))
        repo.commit("First plan", date: "2026-09-07")
        repo.write(
            "plans/amelia-khan.md",
            planText(
                extra: String(format: firstTarget, "achieved") + agency
                    + "review_record:\n  date: 2026-12-03\n  worked_well: Daily word games\n  next: continue\n"))
        repo.commit("Review of plan 1", date: "2026-12-03")
        repo.write(
            "plans/amelia-khan.md", planText(review: "2027-03-20", number: 2, extra: String(format: secondTarget, "in-progress")))
        repo.commit("Plan 2", date: "2026-12-04")
        repo.write(
            "plans/amelia-khan.md",
            planText(
                review: "2027-03-20", number: 2,
                extra: String(format: secondTarget, "partly-achieved")
                    + "review_record:\n  date: 2027-03-19\n  not_so_well: Sessions missed in March\n  next: continue\n"))
        repo.commit("Review of plan 2", date: "2027-03-19")
        return repo
    }

    static func export(_ repo: Fixture, _ kind: PlanExporter.Kind) -> (String?, [Diagnostic]) {
        let (site, diagnostics) = repo.analyseWithHistory()
        #expect(!diagnostics.hasErrors, "\(Fixture.formatted(diagnostics))")
        let theme = Theme.load(directories: [Fixture.defaultTheme]).0!
        return PlanExporter(theme: theme, site: site!, today: Day(iso: "2027-03-20")!).export(
            "amelia-khan", as: kind)
    }

    @Test func evidenceShowsThePlanAsCommittedWithEachReview() throws {
        let repo = Self.repository()
        let text = try #require(Self.export(repo, .evidence(cycles: 2)).0)
        #expect(text.contains("Cycle 1: plan 1") && text.contains("Cycle 2: plan 2"))
        #expect(text.contains("Daily word games") && text.contains("Sessions missed in March"))
        // The summary table: one row per target, its status in each cycle.
        #expect(text.contains("<th scope=\"row\">Read 20 common words on sight</th><td>Achieved</td><td>–</td>"))
        #expect(text.contains("<th scope=\"row\">Read 40 common words on sight</th><td>–</td><td>Partly achieved</td>"))
        #expect(!text.contains("Jacob"))
        let last = try #require(Self.export(repo, .evidence(cycles: 1)).0)
        #expect(last.contains("Cycle 1: plan 2") && !last.contains("Daily word games"))
    }

    @Test func evidenceWithoutAReviewedCycleIsOneError() {
        let repo = Fixture.repository()
        repo.write("plans/amelia-khan.md", planText())
        repo.commit("First plan", date: "2026-09-07")
        let (text, diagnostics) = Self.export(repo, .evidence(cycles: 3))
        #expect(text == nil)
        #expect(diagnostics.count == 1 && diagnostics.first?.message.contains("no reviewed cycle") == true)
    }

    @Test func transferHasEveryCycleTheHistoryAndTheAgencies() throws {
        let text = try #require(Self.export(Self.repository(), .transfer).0)
        #expect(text.contains("The current plan (plan 2)"))
        #expect(text.contains("Earlier cycle: plan 1"))
        #expect(text.contains("Educational psychology service"))
        #expect(text.contains("Plan number 1 → 2"))
        #expect(!text.contains("Jacob") && !text.contains("Sam Patel") && !text.contains("Review of plan 1"))
    }
}
