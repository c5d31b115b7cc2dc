import Foundation
import Testing

@testable import SSPWikiCore

/// `review` on a real content folder in a git repository.
@Suite struct PlanReviewerGitTests {
    func git(_ fixture: Fixture, _ arguments: String...) throws {
        let result = try #require(
            GitStatus.run(["-C", fixture.content, "-c", "user.name=Test", "-c", "user.email=test@example.invalid"] + arguments))
        #expect(result.code == 0, "git \(arguments): \(result.error)")
    }

    @Test func refusesUncommittedChangesUnlessForced() throws {
        let fixture = Fixture.authoring(["plans/year-3/zara-ali.md": PlanReviewerTests.plan])
        let path = "plans/year-3/zara-ali.md"
        let reviewer = PlanReviewer()
        // Not in git at all.
        let outside = reviewer.review(content: fixture.content, id: "zara-ali", date: nil, force: false).1
        #expect(outside.count == 1)
        #expect(outside.first?.message.hasPrefix("git cannot tell whether the plan is committed (") == true)
        try git(fixture, "init", "-q")
        // The hint's command names the plan from the current folder, as the error line does.
        let shown = fixture.content + "/" + path
        #expect(
            reviewer.review(content: fixture.content, id: "zara-ali", date: nil, force: false).1 == [
                .error(
                    "the plan is not committed to git", at: SourceLocation(file: path),
                    hint:
                        "commit it first (git add \(shown) && git commit), so the finished cycle is kept in the history; or pass --force"
                )
            ])
        try git(fixture, "add", "-A")
        try git(fixture, "commit", "-qm", "plans")
        fixture.write(path, PlanReviewerTests.plan + "More.\n")
        let (refused, problems) = reviewer.review(content: fixture.content, id: "zara-ali", date: nil, force: false)
        #expect(refused == nil)
        #expect(
            problems == [
                .error(
                    "the plan has changes that are not committed", at: SourceLocation(file: path),
                    hint:
                        "commit them first (git add \(shown) && git commit), so the finished cycle is kept in the history; or pass --force"
                )
            ])
        #expect(try fixture.read(path) == PlanReviewerTests.plan + "More.\n")

        let (forced, _) = reviewer.review(content: fixture.content, id: "zara-ali", date: nil, force: true)
        #expect(forced?.path == path)
        #expect(try fixture.read(path).contains("plan_number: 3"))
    }

    @Test func editsACommittedPlanInPlace() throws {
        let fixture = Fixture.authoring()
        try git(fixture, "init", "-q")
        try git(fixture, "add", "-A")
        try git(fixture, "commit", "-qm", "plans")
        let (outcome, problems) = PlanReviewer().review(content: fixture.content, id: "amy-khan", date: nil, force: false)
        #expect(problems == [])
        #expect(outcome?.changes.first == "plan_number: 1 → 2")
        let text = try fixture.read("plans/amy-khan.md")
        #expect(text.contains("start: 2026-12-11\nreview: 2027-03-05\n"))
        #expect(text.hasSuffix("---\n## About me\n\nI like drawing. My brother is [[plan:jacob-khan]]."))
        #expect(GitStatus.of(fixture.content + "/plans/amy-khan.md") == .changed)
    }

    @Test func hintPathsAreQuotedForTheShell() {
        #expect(PlanReviewer.shownPath("plans/amy-khan.md", content: "content") == "content/plans/amy-khan.md")
        #expect(PlanReviewer.shownPath("plans/amy-khan.md", content: ".") == "plans/amy-khan.md")
        #expect(PlanReviewer.shownPath("plans/amy-khan.md", content: "My Plans/") == "'My Plans/plans/amy-khan.md'")
        #expect(PlanReviewer.checkCommand(content: "content") == "sspwiki check")
        #expect(PlanReviewer.checkCommand(content: "../send plans") == "sspwiki check --content '../send plans'")
    }

    @Test func saysWhenThereIsNoSuchPlan() throws {
        let fixture = Fixture.authoring()
        let problems = PlanReviewer().review(content: fixture.content, id: "nobody", date: nil, force: true).1
        #expect(problems.map(\.message) == ["there is no plan with the id 'nobody'"])
    }
}
