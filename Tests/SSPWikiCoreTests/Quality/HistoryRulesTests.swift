import Testing
@testable import SSPWikiCore

@Suite("Quality rules: the assess, plan, do, review cycle")
struct HistoryRulesTests {
    let good = QualityContent()
    static let record = "review:\n  date: 2026-07-10\n  worked_well: Settled well\n  next: continue\n---\n"

    @Test("plan number 1 with a review of impact recorded is reported at the review")
    func reviewOnFirstPlan() throws {
        let weak = good.replacing("plan_number: 2", with: "plan_number: 1")
            .replacing("    targets: [T2]\n---\n", with: "    targets: [T2]\n" + Self.record)
        #expect(weak.findings() == [
            QualityContent.finding(.reviewOnFirstPlan, "this is plan number 1, but a review of impact is already recorded",
                                   line: weak.line(of: "  date: 2026-07-10"), column: 3),
        ])
        let onlyNextDate = good.replacing("plan_number: 2", with: "plan_number: 1")
            .replacing("review: 2026-12-11", with: "review:\n  date: 2026-12-11")
        #expect(onlyNextDate.findings() == [], "a review block with only a date is the next review date")
        let second = good.replacing("    targets: [T2]\n---\n", with: "    targets: [T2]\n" + Self.record)
        #expect(second.findings(of: "review-on-first-plan") == [])
    }

    @Test("a plan number lower than in the previous version is reported at `plan_number`")
    func planNumberBackwards() throws {
        var history = good
        history.previousPlanNumbers = ["amelia-khan": 3]
        #expect(history.findings() == [
            QualityContent.finding(.planNumberBackwards, "plan_number is 2, but the previous version of this plan was plan 3",
                                   line: good.line(of: "plan_number: 2"), column: 1),
        ])
        history.previousPlanNumbers = ["amelia-khan": 2, "someone-else": 5]
        #expect(history.findings() == [])
        #expect(good.findings(of: "plan-number-backwards") == [])
    }
}
