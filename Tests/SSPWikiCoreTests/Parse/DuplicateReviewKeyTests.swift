import Testing

@testable import SSPWikiCore

@Suite("The second top-level review: key")
struct DuplicateReviewKeyTests {
    @Test(
        "top-level review: lines are counted as splitting into lines counts them",
        arguments: [
            "review: 2026-12-11\n", "name: A\nreview: 2026-12-11\nreview:\n  worked_well: yes\n",
            "reviews: 2\n review: 3\nx: review:\n", "review:review:\nreview", "rreview: 1\nreview:", "",
            "name: A\n\nreview: 1\n\n\nreview: {a: b}",
        ])
    func counting(_ yaml: String) {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(DuplicateReviewKey.topLevelReviews(in: yaml) == lines.filter { $0.hasPrefix("review:") }.count)
    }

    @Test("the block form of the second review: becomes review_record:, lines unchanged")
    func rewrite() {
        let yaml = "name: A\nreview: 2026-12-11\nreview:\n  worked_well: yes\n"
        #expect(DuplicateReviewKey.rewrite(yaml) == "name: A\nreview: 2026-12-11\nreview_record:\n  worked_well: yes\n")
        #expect(DuplicateReviewKey.rewrite("review: 2026-12-11\n") == "review: 2026-12-11\n")
    }
}
