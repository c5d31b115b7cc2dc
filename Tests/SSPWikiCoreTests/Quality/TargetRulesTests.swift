import Testing

@testable import SSPWikiCore

@Suite("Quality rules: targets")
struct TargetRulesTests {
    let good = QualityContent()

    @Test("a target without a measure is reported at the target")
    func noMeasure() throws {
        let weak = good.replacing("    measure: 4 of 5 observed occasions across two weeks\n", with: "")
        let line = weak.line(of: "  - id: T1")
        #expect(
            weak.findings() == [
                QualityContent.finding(
                    .targetNoMeasure, "target T1 has no measure: nobody can tell when it is met",
                    line: line, column: 5)
            ])
        #expect(good.findings(of: "target-no-measure") == [])
    }

    @Test("a target without a baseline is reported at the target")
    func noBaseline() throws {
        let weak = good.replacing("    baseline: 0 of 4 (September)\n", with: "")
        #expect(
            weak.findings() == [
                QualityContent.finding(
                    .targetNoBaseline, "target T2 has no baseline (where the child is now)",
                    line: weak.line(of: "  - id: T2"), column: 5)
            ])
        #expect(good.findings(of: "target-no-baseline") == [])
    }

    @Test("a target without a date is reported at the target")
    func noDate() throws {
        let weak = good.replacing("    by: 2026-12-04\n", with: "")
        #expect(
            weak.findings() == [
                QualityContent.finding(
                    .targetNoDate, "target T2 has no date to be met by",
                    line: weak.line(of: "  - id: T2"), column: 5)
            ])
        #expect(good.findings(of: "target-no-date") == [])
    }

    @Test("a target due after the review is reported at its `by` field; one due on the review day is not")
    func afterReview() throws {
        let weak = good.replacing("    by: 2026-12-04", with: "    by: 2027-01-15")
        #expect(
            weak.findings() == [
                QualityContent.finding(
                    .targetAfterReview, "target T2 is due on 15 January 2027, after the plan's review on 11 December 2026",
                    line: weak.line(of: "by: 2027-01-15"), column: 5)
            ])
        let onReviewDay = good.replacing("    by: 2026-12-04", with: "    by: 2026-12-11")
        #expect(onReviewDay.findings(of: "target-after-review") == [])
    }

    @Test(
        "a measure with no number, count, score or way of checking is vague",
        arguments: [
            "Will be more confident in class", "Better at reading", "Amy will try harder",
        ])
    func vagueMeasure(measure: String) throws {
        let weak = good.replacing("4 of 5 observed occasions across two weeks", with: measure)
        #expect(
            weak.findings() == [
                QualityContent.finding(
                    .targetVagueMeasure,
                    "target T1's measure does not say what will be counted or how it will be checked: '\(measure)'",
                    line: weak.line(of: "measure: \(measure)"), column: 5)
            ])
    }

    @Test(
        "a measure that counts, scores or names how it is checked is not vague",
        arguments: [
            "Reads 40 words in a minute", "Every lesson for two weeks", "Teacher observation in group work",
            "Standardised score on the spring test", "Reading age at the next assessment", "Tally kept by the TA",
        ])
    func checkableMeasure(measure: String) throws {
        let fine = good.replacing("4 of 5 observed occasions across two weeks", with: measure)
        #expect(fine.findings(of: "target-vague-measure") == [])
    }

    @Test("a target on an EHCP plan must link to a longer-term outcome; one at SEN Support need not")
    func ehcpOutcome() throws {
        let ehcp = EHCPRulesTests.ehcpPlan.replacing("    links_to: O2\n", with: "")
        #expect(
            ehcp.findings() == [
                QualityContent.finding(
                    .ehcpTargetNoOutcome, "target T2 does not say which EHCP outcome it is a step towards",
                    line: ehcp.line(of: "  - id: T2"), column: 5)
            ])
        #expect(good.findings(of: "ehcp-target-no-outcome") == [])
    }
}
