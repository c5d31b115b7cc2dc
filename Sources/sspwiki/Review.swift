import ArgumentParser
import Foundation
import SSPWikiCore

struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a plan's next APDR cycle, editing its file in place.",
        discussion: """
            plan_number goes up by one; start becomes the review date; the next review is proposed \
            \(ReviewCycle.rule); the review block is emptied; achieved targets are removed and the \
            others carried over as in-progress; provisions that run to the review move their end to \
            the new review date. Comments, key order, unknown fields and the body are kept. The plan \
            must be committed to git first (or pass --force).
            """)

    @OptionGroup var common: CommonOptions

    @Argument(help: "The plan's id (its file name without .md).")
    var id: String

    @Option(
        help:
            "The day the review meeting was held (YYYY-MM-DD); default: the date in the review block, else the plan's review date."
    )
    var date: String?

    @ArgumentParser.Flag(help: "Edit the plan even when git does not hold its current text.")
    var force = false

    func run() throws {
        var day: Day?
        if let date {
            guard let parsed = Day(iso: date) else { throw ValidationError("--date must be a date written YYYY-MM-DD") }
            day = parsed
        }
        let (reviewed, problems) = PlanReviewer().review(content: common.content, id: id, date: day, force: force)
        guard let outcome = reviewed else {
            common.print(problems)
            throw Exit.contentErrors
        }
        var text = "started the next cycle in \(common.content)/\(outcome.path) (reviewed \(outcome.reviewDate.iso)):\n"
        text += outcome.changes.map { "  - \($0)\n" }.joined()
        text += "  next: write the new targets and provision, run `sspwiki check`, then commit\n"
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
