import Foundation
import Testing

@testable import SSPWikiCore

@Suite struct PlanReviewerTests {
    /// The content format's spelling: `review: <date>` and a `review:` block, with comments,
    /// an unknown key, targets in every state and provisions that run on or have ended.
    static let plan = """
        ---
        # Amy's plan: kept in git.
        name: Amelia Khan                 # required
        stage: sen-support
        plan_number: 2                    # APDR cycle
        start: 2026-09-08                 # required
        review: 2026-12-11                # next review
        favourite_colour: purple          # not a field sspwiki knows
        targets:
          - id: T1
            outcome: Follow a two-step instruction
            by: 2026-12-11
            status: achieved
          # T2 carries on
          - id: T2
            outcome: Read ten key words
            by: 2026-12-01
            status: partly-achieved
          - id: T3
            outcome: Join a group game
            by: 2027-01-20
        provisions:
          - what: Visual timetable
            end: 2026-12-11               # to the review
            targets: [T1, T2]
          - what: Reading group
            end: 2026-10-30
            targets:
              - T2
              - T1
          - what: Lunch club
            targets: [T1]
        review:                           # filled in at the review meeting
          date: 2026-12-11
          attended: [Amelia, Mum]
          worked_well: >
            The timetable, used every
            morning.
          not_so_well: Group work
          next: continue
        ---
        ## About me

        I like drawing.   
        ---
        Not front matter.

        """

    func review(_ text: String, date: Day? = nil) throws -> PlanReviewer.Outcome {
        let (outcome, problems) = PlanReviewer().review(text: text, path: "plans/amy-khan.md", date: date)
        #expect(problems == [])
        return try #require(outcome)
    }

    func parsed(_ text: String) throws -> Plan {
        try #require(PlanReviewer.parse(text, path: "plans/amy-khan.md").0)
    }

    @Test func startsTheNextCycleByTheRules() throws {
        let outcome = try review(Self.plan)
        let plan = try parsed(outcome.text)
        #expect(plan.planNumber == 3)
        #expect(plan.start == Day(iso: "2026-12-11"))
        #expect(plan.review == Day(iso: "2027-03-05"))
        // Achieved targets go; the rest carry on in progress, with past `by` dates moved on.
        #expect(plan.targets.map(\.id) == ["T2", "T3"])
        #expect(plan.targets.map(\.status) == [.inProgress, .inProgress])
        #expect(plan.targets.map(\.by) == [Day(iso: "2027-03-05"), Day(iso: "2027-01-20")])
        // Ends on or after the review move to the new review; an ended provision stays ended.
        #expect(plan.provisions.map(\.end) == [Day(iso: "2027-03-05"), Day(iso: "2026-10-30"), nil])
        #expect(plan.provisions.map(\.targets) == [["T2"], ["T2"], []])
        // The review block is emptied for the new cycle.
        let record = try #require(plan.reviewRecord)
        #expect(!record.isFilled)
        #expect(
            outcome.changes == [
                "plan_number: 2 → 3",
                "start: 2026-09-08 → 2026-12-11",
                "review: 2026-12-11 → 2027-03-05 (\(ReviewCycle.rule))",
                "review block emptied for the new cycle (the review of 2026-12-11 stays in git history)",
                "target T1 was achieved: removed",
                "target T2 carried over: status partly-achieved → in-progress",
                "target T2: by 2026-12-01 → 2027-03-05",
                "target T3 carried over: status not-started → in-progress",
                "provision 'Visual timetable': end 2026-12-11 → 2027-03-05",
                "provision 'Visual timetable': no longer names achieved target T1",
                "provision 'Reading group': no longer names achieved target T1",
                "provision 'Lunch club': no longer names achieved target T1; it supports no target now, so check it is still needed",
            ])
    }

    @Test func keepsCommentsUnknownKeysAndTheBodyByteForByte() throws {
        let outcome = try review(Self.plan)
        let bodyStart = Self.plan.range(of: "---\n## About me")!.lowerBound
        #expect(outcome.text.hasSuffix(String(Self.plan[bodyStart...])))
        for line in [
            "# Amy's plan: kept in git.", "name: Amelia Khan                 # required",
            "favourite_colour: purple          # not a field sspwiki knows", "  # T2 carries on",
            "plan_number: 3                    # APDR cycle", "start: 2026-12-11                 # required",
            "review: 2027-03-05                # next review",
            "review:                           # filled in at the review meeting",
            "    end: 2027-03-05               # to the review", "    targets: [T2]",
        ] {
            #expect(outcome.text.contains(line + "\n"), "missing: \(line)")
        }
        #expect(outcome.text.contains("  date:\n  attended: []\n  worked_well:\n  not_so_well:\n  next:\n---\n"))
        #expect(!outcome.text.contains("Follow a two-step instruction"))
    }

    @Test func theReviewDateCanBeGiven() throws {
        let plan = try parsed(try review(Self.plan, date: Day(iso: "2026-12-15")).text)
        #expect(plan.start == Day(iso: "2026-12-15"))
        #expect(plan.review == Day(iso: "2027-03-09"))
    }

    @Test func aReviewBlockHoldingTheDateKeepsTheNewDate() throws {
        let text = """
            ---
            name: Amelia Khan
            stage: sen-support
            start: 2026-09-08
            review:
              date: 2026-12-11
              worked_well: Timetable
            ---
            Body.
            """
        let outcome = try review(text)
        let plan = try parsed(outcome.text)
        #expect(plan.review == Day(iso: "2027-03-05"))
        #expect(plan.reviewRecord?.workedWell == nil)
        // plan_number was not written: it is added after `stage`.
        #expect(outcome.text.contains("stage: sen-support\nplan_number: 2\nstart: 2026-12-11\n"))
        #expect(outcome.text.hasSuffix("  date: 2027-03-05\n  worked_well:\n---\nBody."))
    }

    @Test func aReviewRecordBlockIsEmptiedAndCRLFIsKept() throws {
        let text =
            "---\r\nname: Amelia Khan\r\nstage: ehcp\r\nstart: 2026-09-08\r\nreview: 2026-12-11\r\n"
            + "review_record:\r\n  date: 2026-12-10\r\n  next: close\r\n---\r\nBody\r\n"
        let outcome = try review(text)
        // Without --date the meeting recorded in the block (held since the start) is the review date.
        let meeting = try #require(Day(iso: "2026-12-10"))
        #expect(outcome.reviewDate == meeting)
        #expect(
            outcome.text == "---\r\nname: Amelia Khan\r\nstage: ehcp\r\nplan_number: 2\r\nstart: 2026-12-10\r\n"
                + "review: \(ReviewCycle.nextReview(after: meeting).iso)\r\nreview_record:\r\n  date:\r\n  next:\r\n---\r\nBody\r\n"
        )
    }

    @Test func aBlockRecordingTheMeetingBeforeThisPlanDoesNotSetTheReviewDate() throws {
        let text = """
            ---
            name: Lena Kowalska
            stage: sen-support
            start: 2026-09-21
            review: 2026-12-11
            targets:
              - id: T1
                outcome: Ask for help
                status: in-progress
            review:
              date: 2026-07-14
              next: new-outcomes
            ---
            """
        let outcome = try review(text)
        #expect(outcome.reviewDate == Day(iso: "2026-12-11"))
        #expect(outcome.changes.contains("target T1 carried over (in progress)"))
        #expect(try parsed(outcome.text).reviewRecord?.isFilled == false)
    }

    @Test func refusesAPlanWithErrorsAndChangesNothing() throws {
        let broken = Self.plan.replacingOccurrences(of: "start: 2026-09-08", with: "start: 8 September")
        let (outcome, problems) = PlanReviewer().review(text: broken, path: "plans/amy-khan.md", date: nil)
        #expect(outcome == nil)
        #expect(problems.map(\.message).contains("'start' is not a valid date: '8 September'"))
    }
}
