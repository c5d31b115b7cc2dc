import Testing

@testable import SSPWikiCore

@Suite("Quality rules: new advice and access arrangements")
struct AdviceRulesTests {
    let good = QualityContent()
    static let report = "external:\n  - agency: Educational Psychology Service\n    date: 2026-10-03\n---\n"

    /// The plan with an outside agency's report dated 3 October 2026.
    var withReport: QualityContent { good.replacing("    targets: [T2]\n---\n", with: "    targets: [T2]\n" + Self.report) }

    /// The rule's findings with the plan committed on `committed` (and `edited` written after
    /// the commit, if given), the history read as `check` reads it.
    func findings(_ content: QualityContent, committed: String, edited: String? = nil) -> [Diagnostic] {
        let repo = Fixture.repository()
        for (path, text) in content.allFiles { repo.write(path, text) }
        repo.commit("Amy's plan", date: committed)
        if let edited { repo.write(QualityContent.planPath, edited) }
        let (_, diagnostics) = SiteBuilder().analyse(content: repo.content, today: Fixture.today, history: HistoryLoader())
        return diagnostics.filter { $0.rule == "report-after-plan" }
    }

    @Test("a report dated after the plan's last commit is reported at its date")
    func reportAfterTheLastChange() throws {
        let plan = withReport
        #expect(
            findings(plan, committed: "2026-09-20") == [
                QualityContent.finding(
                    .reportAfterPlan,
                    "the advice from Educational Psychology Service is dated 3 October 2026, after the plan was last changed on 20 September 2026",
                    line: plan.line(of: "    date: 2026-10-03"), column: 5)
            ])
        #expect(findings(plan, committed: "2026-10-05") == [], "the plan changed after the report")
        #expect(
            findings(plan, committed: "2026-09-20", edited: plan.plan + "\nUpdated after the report.\n") == [],
            "the plan is being changed now")
        #expect(plan.findings(of: "report-after-plan") == [], "without history the last change is not known")
        let future = plan.replacing("date: 2026-10-03", with: "date: 2026-12-15")
        #expect(findings(future, committed: "2026-09-20") == [], "a visit still to come is not advice yet")
    }

    @Test("an access arrangement found in neither the in-class adjustments nor 'How to help me' is reported at its item")
    func accessArrangements() throws {
        let plan = good.replacing(
            "    targets: [T2]\n---\n",
            with: "    targets: [T2]\naccess_arrangements:\n  - 25% extra time\n  - Reader\n  - Rest breaks\n---\n"
        )
        .replacing(
            "## Strengths",
            with: "## How to help me\n\nGive her extra time to answer, and a rest break when she asks.\n\n## Strengths")
        #expect(
            plan.findings() == [
                QualityContent.finding(
                    .accessArrangementNotInClass,
                    "the access arrangement 'Reader' is not among the in-class adjustments or in 'How to help me'",
                    line: plan.line(of: "  - Reader"), column: 5)
            ])
        let adjusted = plan.replacing(
            "  - what: Visual timetable at her desk",
            with: "  - what: Visual timetable at her desk, and an adult reader for tests")
        #expect(adjusted.findings() == [])
    }

    @Test("key words ignore small words, capitals and plurals")
    func keyWords() {
        #expect(PlanInspector.keyWords("25% extra time with Rest breaks") == ["extra", "time", "rest", "break"])
    }

    @Test("an ASCII text's letter runs, read over bytes, are those the Character split gives")
    func letterRunsMatchTheCharacterSplit() {
        var generator = GeneratedTexts(seed: 7)
        let texts =
            [
                "", "a", "  Rest breaks, 10-minute movement (daily)!", "Sam's TA: 1:1 reading x3/week", "ok\tthen\nnext",
                "ÉLSA café — naïve", "Zoë's ‘quiet’ space",
            ] + generator.texts(300, of: "abcXYZ09 -'_.,\t\n".map(String.init), longest: 40)
        for text in texts {
            #expect(PlanInspector.letterRuns(text) == text.split { !$0.isLetter }, "\(text)")
        }
    }
}
