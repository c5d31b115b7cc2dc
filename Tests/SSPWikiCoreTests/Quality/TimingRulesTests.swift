import Testing

@testable import SSPWikiCore

@Suite("Quality rules: review timing")
struct TimingRulesTests {
    let good = QualityContent()

    @Test("an active plan whose review date has passed is overdue, reported at `review`")
    func overdue() throws {
        var late = good
        late.today = Day(iso: "2026-12-14")!
        // Provision that ran until the review date is not reported as ended: the review is.
        #expect(
            late.findings() == [
                QualityContent.finding(
                    .reviewOverdue, "the review was due on 11 December 2026, 3 days ago",
                    line: good.line(of: "review: 2026-12-11"), column: 1)
            ])
        var onTheDay = good
        onTheDay.today = Day(iso: "2026-12-11")!
        #expect(onTheDay.findings(of: "review-overdue") == [])
    }

    @Test("a review recorded during the cycle means it is not overdue; one from before the start does not")
    func reviewRecorded() throws {
        var late = good
        late.today = Day(iso: "2026-12-14")!
        let held = late.replacing(
            "status: active\n", with: "status: active\nreview_record:\n  date: 2026-12-10\n  next: continue\n")
        #expect(held.findings(of: "review-overdue") == [])
        let earlier = late.replacing(
            "status: active\n", with: "status: active\nreview_record:\n  date: 2026-07-10\n  next: continue\n")
        #expect(earlier.findings(of: "review-overdue").count == 1)
    }

    @Test("a review more than 16 weeks after the start is reported at `review`")
    func longInterval() throws {
        let weak = good.replacing("start: 2026-09-08", with: "start: 2026-08-01")
        #expect(
            weak.findings() == [
                QualityContent.finding(
                    .reviewIntervalLong,
                    "the review is 19 weeks after the start; reviews should be at most 16 weeks (about a term) apart",
                    line: weak.line(of: "review: 2026-12-11"), column: 1)
            ])
        let sixteenWeeks = good.replacing("start: 2026-09-08", with: "start: 2026-08-21")
        #expect(sixteenWeeks.findings(of: "review-interval-long") == [])
    }
}
