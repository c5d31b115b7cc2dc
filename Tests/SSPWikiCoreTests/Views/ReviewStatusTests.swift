import Testing

@testable import SSPWikiCore

/// Overdue is after the review day; due soon is from the review day back `review_soon_days` days.
@Suite("Reviews overdue and due soon")
struct ReviewStatusTests {
    static let review = Day(iso: "2026-12-11")!

    @Test(arguments: [
        ("2026-12-12", ReviewStatus.overdue),  // the day after the review
        ("2027-03-01", .overdue),
        ("2026-12-11", .soon),  // the review day itself
        ("2026-12-10", .soon),
        ("2026-11-27", .soon),  // exactly 14 days before
        ("2026-11-26", .later),  // 15 days before
    ])
    func aReviewIsClassifiedOnTheDayItIsSeen(today: String, expected: ReviewStatus) {
        #expect(ReviewStatus.of(review: Self.review, today: Day(iso: today)!, soonDays: 14) == expected)
    }

    @Test func withNoSoonWindowOnlyTheReviewDayIsDueSoon() {
        #expect(ReviewStatus.of(review: Self.review, today: Self.review, soonDays: 0) == .soon)
        #expect(ReviewStatus.of(review: Self.review, today: Self.review.adding(days: -1), soonDays: 0) == .later)
    }

    @Test func theDashboardListsOverdueAndDueSoonForTheBuildDay() {
        let site = Fixture(ViewsContent.files)
        site.buildExpectingSuccess()  // today 2026-11-29: Jacob's review (20 Nov) is overdue, Amy's (4 Dec) due soon
        let html = site.page("index.html")
        let overdue = sectionPart(html, "id=\"overdue-list\"")
        #expect(overdue.contains("Overdue (<span data-review-count>1</span>)"))
        #expect(overdue.contains("<li data-review=\"2026-11-20\" data-show=\"overdue\" data-plan=\"jacob-khan\">"))
        #expect(overdue.contains("<li data-review=\"2026-12-04\" data-show=\"overdue\" data-plan=\"amy-khan\" hidden>"))
        let soon = sectionPart(html, "id=\"soon-list\"")
        #expect(soon.contains("<li data-review=\"2026-12-04\" data-show=\"soon\" data-plan=\"amy-khan\">"))
        #expect(soon.contains("data-plan=\"jacob-khan\" hidden>"))
        #expect(
            !html.contains("olly-old\" hidden") && !html.contains("data-plan=\"old-plan\""),
            "archived plans have no review to watch")
        #expect(html.contains("<body class=\"home-page\" data-built=\"2026-11-29\" data-soon-days=\"14\">"))
        #expect(html.contains("<script src=\"assets/reviews.js\" defer></script>"))
    }

    @Test func theReviewsPageListsOverdueFirstThenMonthByMonth() {
        let site = Fixture(ViewsContent.files) {
            $0["plans/zed-may.md"] = ViewsContent.plan("Zed May", review: "2027-02-03")
        }
        site.buildExpectingSuccess()
        let html = site.page("reviews.html")
        let order = ["id=\"overdue\"", "id=\"month-2026-11\"", "id=\"month-2026-12\"", "id=\"month-2027-02\""]
        let positions = order.compactMap { html.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count && positions == positions.sorted())
        #expect(!html.contains("id=\"month-2027-01\""), "no month without a review")
        #expect(sectionPart(html, "id=\"month-2026-11\"").contains(" hidden>"), "November only held the overdue review")
        #expect(sectionPart(html, "id=\"month-2027-02\"").contains("Zed May"))
        #expect(
            sectionPart(html, "id=\"overdue\"").contains(
                "<li data-review=\"2026-11-20\" data-show=\"overdue\" data-plan=\"jacob-khan\">"))
    }
}
