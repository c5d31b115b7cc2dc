import Testing

@testable import SSPWikiCore

/// `plan-number-backwards` with the plan numbers read from git, as `sspwiki check` and
/// `sspwiki build` read them.
@Suite("Quality rules: plan numbers from the content's history")
struct PlanNumberHistoryTests {
    @Test("a plan_number lowered since the last commit is reported at `plan_number` when the history is read")
    func loweredSinceTheLastCommit() throws {
        let repo = Fixture.repository()
        let plan = QualityContent.goodPlan.replacingOccurrences(of: "plan_number: 2", with: "plan_number: 3")
        for (path, text) in QualityContent.baseFiles { repo.write(path, text) }
        repo.write(QualityContent.planPath, plan)
        repo.commit("Amy's third plan", date: "2026-11-02")
        let lowered = plan.replacingOccurrences(of: "plan_number: 3", with: "plan_number: 2")
        repo.write(QualityContent.planPath, lowered)
        let (_, diagnostics) = SiteBuilder().analyse(content: repo.content, today: Fixture.today, history: HistoryLoader())
        let line = position(of: "plan_number: 2", in: lowered).line
        #expect(
            diagnostics.filter { $0.rule == "plan-number-backwards" } == [
                QualityContent.finding(
                    .planNumberBackwards, "plan_number is 2, but the previous version of this plan was plan 3",
                    line: line, column: 1)
            ])
        let (_, withoutHistory) = SiteBuilder().analyse(content: repo.content, today: Fixture.today)
        #expect(withoutHistory.filter { $0.rule == "plan-number-backwards" } == [])
    }
}
