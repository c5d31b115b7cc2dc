/// Starts the next APDR cycle of a plan by editing its file's front matter in place
/// (`sspwiki review`). The rules:
///
/// - `plan_number` goes up by one (added after `stage` when it was not written);
/// - `start` becomes the review date: `--date` (the day the meeting was held), else the date of
///   the meeting recorded in the review block when it was held since the plan started (an
///   earlier date records the meeting that led to this plan), else the plan's `review` date;
/// - `review` becomes the next review date (`ReviewCycle`);
/// - the review block (`review:` block, or `review_record:`) is emptied for the new cycle;
/// - achieved targets are removed (and from provisions' `targets`); the others stay with
///   status `in-progress`, and a `by` date on or before the review date moves to the new review;
/// - a provision's `end` on or after the review date moves to the new review date; one that
///   ended before the review is left alone.
///
/// Everything else in the file, the body included, is kept byte for byte. The result is read
/// back with the plan parser and checked before it is returned.
package struct PlanReviewer: Sendable {
    /// The new text of the file and what changed, in plain English.
    package struct Outcome: Sendable {
        package let text: String
        package let changes: [String]
        package let reviewDate: Day
        package let nextReview: Day
    }

    package init() {}

    package func review(text: String, path: String, date: Day?) -> (Outcome?, [Diagnostic]) {
        let (parsed, problems) = Self.parse(text, path: path)
        guard let plan = parsed, !problems.hasErrors else {
            return (nil, problems.filter { $0.severity == .error } + [refusal(path, "the plan has errors; fix them first")])
        }
        guard var editor = FrontMatterEditor(text: text) else {
            return (nil, [refusal(path, "the front matter could not be read line by line")])
        }
        let reviewDate = date ?? Self.meetingDate(of: plan) ?? plan.review
        guard reviewDate >= plan.start else {
            return (
                nil,
                [
                    .error(
                        "the review date \(reviewDate.iso) is before the plan's start \(plan.start.iso)",
                        at: SourceLocation(file: path), hint: "pass --date with the day the review meeting was held")
                ]
            )
        }
        let next = ReviewCycle.nextReview(after: reviewDate)
        var edit = ReviewEdit(editor: editor, plan: plan, path: path, reviewDate: reviewDate, next: next)
        do {
            try edit.apply()
        } catch let problem as Diagnostic {
            return (nil, [problem])
        } catch {
            return (nil, [refusal(path, "\(error)")])
        }
        editor = edit.editor
        let outcome = Outcome(text: editor.text, changes: edit.changes, reviewDate: reviewDate, nextReview: next)
        if let mismatch = verify(outcome, original: plan, path: path) { return (nil, [refusal(path, mismatch)]) }
        return (outcome, [])
    }

    /// The day of this cycle's review meeting as the review block records it: a held review
    /// (not just the next review date) dated on or after the plan's start.
    static func meetingDate(of plan: Plan) -> Day? {
        guard let record = plan.reviewRecord, PlanInspector.isHeld(record),
            let date = record.date, date >= plan.start
        else { return nil }
        return date
    }

    func refusal(_ path: String, _ why: String) -> Diagnostic {
        .error(
            "sspwiki review cannot edit this plan safely: \(why); nothing was changed", at: SourceLocation(file: path),
            hint: "edit the plan by hand, or write the front matter in the block style of the content format")
    }

    static func parse(_ text: String, path: String) -> (Plan?, [Diagnostic]) {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
        let result = ContentParser.parseDocument(
            SourceFile(path: path, kind: .plan, text: normalised),
            markdown: MarkdownParser(glossaryTerms: []))
        if case .plan(let plan) = result.entity { return (plan, result.diagnostics) }
        return (nil, result.diagnostics)
    }

    /// Reads the new text back and checks that it says what the rules say, so that a file the
    /// line editor misunderstood is never written.
    func verify(_ outcome: Outcome, original plan: Plan, path: String) -> String? {
        let (parsed, problems) = Self.parse(outcome.text, path: path)
        guard let new = parsed, !problems.hasErrors else {
            return "the edited front matter did not read back (\(problems.first?.message ?? "unknown problem"))"
        }
        let kept = plan.targets.filter { $0.status != .achieved }
        if new.planNumber != plan.planNumber + 1 { return "plan_number did not read back as \(plan.planNumber + 1)" }
        if new.start != outcome.reviewDate { return "start did not read back as \(outcome.reviewDate.iso)" }
        if new.review != outcome.nextReview { return "review did not read back as \(outcome.nextReview.iso)" }
        if new.targets.map(\.id) != kept.map(\.id) || new.targets.contains(where: { $0.status != .inProgress }) {
            return "the targets did not read back as expected"
        }
        if new.provisions.count != plan.provisions.count { return "the provisions did not read back as expected" }
        if let record = new.reviewRecord,
            record.workedWell != nil || record.notSoWell != nil || record.next != nil || !record.attended.isEmpty
        {
            return "the review block was not emptied"
        }
        if new.body != plan.body { return "the body changed" }
        return nil
    }
}
