import Testing

@testable import SSPWikiCore

@Suite("EHCP outcomes and annual review")
struct EHCPRulesTests {
    static let block = """
        ehcp:
          annual_review: 2027-05-20
          outcomes:
            - id: O1
              section: Communication and interaction
              text: Amy understands and follows the routines of the school day
            - id: O2
              section: Social, emotional and mental health
              text: Amy asks for help when she needs it
        needs:
        """

    /// The good plan at the EHCP stage, its targets stepping towards the EHCP's outcomes.
    static var ehcpPlan: QualityContent {
        QualityContent().replacing("stage: sen-support", with: "stage: ehcp")
            .replacing("needs:\n", with: block + "\n")
            .replacing("    by: 2026-12-11\n  - id: T2", with: "    by: 2026-12-11\n    links_to: O1\n  - id: T2")
            .replacing("    by: 2026-12-04\n", with: "    by: 2026-12-04\n    links_to: O2\n")
    }

    @Test("an EHCP plan with its outcomes, annual review and linked targets gets no finding")
    func complete() throws {
        let plan = Self.ehcpPlan
        #expect(plan.findings() == [])
        let (site, _) = plan.analyse()
        let parsed = try #require(site?.model.plans.first)
        #expect(
            parsed.ehcp
                == EHCPDetails(
                    outcomes: [
                        EHCPOutcome(
                            id: "O1", text: "Amy understands and follows the routines of the school day",
                            section: "Communication and interaction"),
                        EHCPOutcome(
                            id: "O2", text: "Amy asks for help when she needs it", section: "Social, emotional and mental health"),
                    ], annualReview: Day(iso: "2027-05-20")))
    }

    @Test("links_to naming no outcome is an error at links_to, with a did-you-mean")
    func unknownOutcome() throws {
        let plan = Self.ehcpPlan.replacing("    links_to: O2\n", with: "    links_to: 02\n")
        let (_, diagnostics) = plan.analyse()
        #expect(
            diagnostics.filter { $0.severity == .error } == [
                .error(
                    "target T2 links to '02', which is not one of the EHCP outcomes in `ehcp.outcomes`",
                    at: SourceLocation(file: QualityContent.planPath, line: plan.line(of: "links_to: 02"), column: 5),
                    hint: "did you mean 'O2'?")
            ])
        let free = QualityContent().replacing(
            "    by: 2026-12-04\n", with: "    by: 2026-12-04\n    links_to: Family's aim for Year 3\n")
        #expect(free.analyse().1.filter { $0.severity == .error } == [], "without EHCP outcomes links_to is free text")
    }

    @Test("an EHCP plan without outcomes or annual review date is reported; a past annual review is overdue")
    func missingParts() throws {
        let bare = QualityContent().replacing("stage: sen-support", with: "stage: ehcp")
            .replacing("    by: 2026-12-11\n  - id: T2", with: "    by: 2026-12-11\n    links_to: Outcome 1\n  - id: T2")
            .replacing("    by: 2026-12-04\n", with: "    by: 2026-12-04\n    links_to: Outcome 2\n")
        let stage = bare.line(of: "stage: ehcp")
        #expect(
            bare.findings() == [
                QualityContent.finding(
                    .ehcpNoOutcomes, "the plan is at the EHCP stage but lists none of the EHCP's outcomes", line: stage, column: 1
                ),
                QualityContent.finding(
                    .ehcpNoAnnualReview, "the plan does not give the date of the EHCP's next annual review", line: stage,
                    column: 1),
            ])
        let late = Self.ehcpPlan.replacing("annual_review: 2027-05-20", with: "annual_review: 2026-11-19")
        #expect(
            late.findings() == [
                QualityContent.finding(
                    .annualReviewOverdue, "the EHCP's annual review was due on 19 November 2026, 10 days ago",
                    line: late.line(of: "annual_review:"), column: 3)
            ])
    }

    @Test("`new plan --stage ehcp` writes the EHCP fields, and left untouched they are findings")
    func newEHCPPlan() throws {
        var plan = QualityContent()
        plan.plan = try CompletenessRulesTests.newPlan(.primary, stage: .ehcp)
        #expect(plan.plan.contains("ehcp:\n  annual_review:"))
        #expect(plan.plan.contains("    links_to: O1"))
        let findings = plan.findings()
        #expect(
            findings.filter { $0.rule == "ehcp-no-annual-review" } == [
                QualityContent.finding(
                    .ehcpNoAnnualReview, "the plan does not give the date of the EHCP's next annual review",
                    line: plan.line(of: "  annual_review:"), column: 3)
            ])
        #expect(
            findings.filter { $0.rule == "template-prompt-left" }.map(\.location).contains(
                SourceLocation(
                    file: QualityContent.planPath, line: plan.line(of: "text: What will the child achieve"), column: 13)))
        #expect(!findings.contains { $0.rule == "ehcp-no-outcomes" || $0.rule == "ehcp-target-no-outcome" })
    }
}
