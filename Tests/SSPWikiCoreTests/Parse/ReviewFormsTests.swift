import Testing

@testable import SSPWikiCore

/// `review` is the next review date, the review-of-impact block, or both (as the spec's example writes it).
@Suite("The forms of review")
struct ReviewFormsTests {
    static let head = "---\nname: Test Child\nstage: ehcp\nstart: 2026-09-08\n"

    /// The plan and what was reported about it, leaving out quality findings (they have their own tests).
    func plan(_ frontMatter: String) -> (plan: Plan?, diagnostics: [Diagnostic]) {
        let fixture = Fixture(minimal: { $0["plans/child.md"] = ReviewFormsTests.head + frontMatter + "---\nBody.\n" })
        let (model, _, diagnostics) = fixture.analyse()
        return (model?.plans.first { $0.id == "child" }, diagnostics.about("plans/child.md").filter { $0.rule == nil })
    }

    @Test func aDateAlone() throws {
        let (plan, diagnostics) = plan("review: 2026-12-11\n")
        #expect(diagnostics.isEmpty)
        #expect(try #require(plan).review == Day(iso: "2026-12-11"))
        #expect(plan?.reviewRecord == nil)
    }

    @Test func theBlockAloneGivesTheDateToo() throws {
        let (plan, diagnostics) = plan("review:\n  date: 2026-12-01\n  next: change\n")
        #expect(diagnostics.isEmpty)
        let found = try #require(plan)
        #expect(found.review == Day(iso: "2026-12-01"))
        #expect(found.reviewRecord == ReviewRecord(date: Day(iso: "2026-12-01"), next: .change))
    }

    @Test func theDateThenTheBlockAsTheSpecWritesIt() throws {
        let (plan, diagnostics) = plan(
            "review: 2026-12-11   # next review\nstatus: active\nreview:       # filled in at the meeting\n  date: 2026-12-11\n  next: close\n"
        )
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let found = try #require(plan)
        #expect(found.review == Day(iso: "2026-12-11"))
        #expect(found.reviewRecord?.next == .close)
    }

    @Test func theBlockThenTheDate() throws {
        let (plan, diagnostics) = plan("review:\n  date: 2026-12-01\n  attended: [Mum]\nreview: 2026-12-11\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let found = try #require(plan)
        #expect(found.review == Day(iso: "2026-12-11"))
        #expect(found.reviewRecord?.attended == ["Mum"])
    }

    @Test func aBlockWithoutADateAndNoDateFieldIsAnError() {
        let (plan, diagnostics) = plan("review:\n  next: change\n")
        #expect(plan == nil)
        let error = single(diagnostics, "plans/child.md", "missing required field 'review.date'")
        #expect(error?.location == SourceLocation(file: "plans/child.md", line: 6, column: 3))
        #expect(error?.hint?.contains("review: 2026-12-11") == true)
    }

    @Test func theRewriteKeepsLineNumbers() {
        let yaml = "name: A\nreview: 2026-12-11\nreview:\n  date: 2026-12-11\n"
        let rewritten = DuplicateReviewKey.rewrite(yaml)
        #expect(rewritten == "name: A\nreview: 2026-12-11\nreview_record:\n  date: 2026-12-11\n")
        #expect(DuplicateReviewKey.rewrite("review: 2026-12-11\n") == "review: 2026-12-11\n")
        #expect(
            DuplicateReviewKey.rewrite("review: 2026-12-11\nreview: 2026-12-12\n") == "review: 2026-12-11\nreview: 2026-12-12\n")
    }
}
