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
        #expect(
            weak.findings() == [
                QualityContent.finding(
                    .reviewOnFirstPlan,
                    "this is plan number 1, but it records a review of impact held on 10 July 2026, before the plan started",
                    line: weak.line(of: "  date: 2026-07-10"), column: 3)
            ])
        let onlyNextDate = good.replacing("plan_number: 2", with: "plan_number: 1")
            .replacing("review: 2026-12-11", with: "review:\n  date: 2026-12-11")
        #expect(onlyNextDate.findings() == [], "a review block with only a date is the next review date")
        let second = good.replacing("    targets: [T2]\n---\n", with: "    targets: [T2]\n" + Self.record)
        #expect(second.findings(of: "review-on-first-plan") == [])
    }

    @Test("the first plan's own review, written before `sspwiki review` starts the next cycle, is not reported")
    func reviewOfThisCycle() throws {
        let ownReview =
            "review_record:\n  date: 2026-12-11\n  attended: [Amy, Mum, Class teacher]\n  worked_well: Settled well\n  next: continue\n---\n"
        let first = good.replacing("plan_number: 2", with: "plan_number: 1")
            .replacing("    targets: [T2]\n---\n", with: "    targets: [T2]\n" + ownReview)
        #expect(first.findings() == [])
        let undated = first.replacing("  date: 2026-12-11\n  attended", with: "  attended")
        #expect(undated.findings() == [], "an undated review is taken as this cycle's")
    }

    @Test("a plan number lower than in the previous version is reported at `plan_number`")
    func planNumberBackwards() throws {
        var history = good
        history.previousPlanNumbers = ["amelia-khan": 3]
        #expect(
            history.findings() == [
                QualityContent.finding(
                    .planNumberBackwards, "plan_number is 2, but the previous version of this plan was plan 3",
                    line: good.line(of: "plan_number: 2"), column: 1)
            ])
        history.previousPlanNumbers = ["amelia-khan": 2, "someone-else": 5]
        #expect(history.findings() == [])
        #expect(good.findings(of: "plan-number-backwards") == [])
    }
}
