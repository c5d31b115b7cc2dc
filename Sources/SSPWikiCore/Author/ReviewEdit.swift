/// The edits `PlanReviewer` makes, one rule at a time, each finding its lines afresh so that
/// earlier edits never leave it with stale line numbers.
struct ReviewEdit {
    var editor: FrontMatterEditor
    let plan: Plan
    let path: String
    let reviewDate: Day
    let next: Day
    private var numberChanges: [String] = []
    private var dateChanges: [String] = []
    private var targetChanges: [String] = []
    private var provisionChanges: [String] = []

    /// What changed, in the order of the rules.
    var changes: [String] { numberChanges + dateChanges + targetChanges + provisionChanges }

    init(editor: FrontMatterEditor, plan: Plan, path: String, reviewDate: Day, next: Day) {
        self.editor = editor
        self.plan = plan
        self.path = path
        self.reviewDate = reviewDate
        self.next = next
    }

    var achieved: Set<String> { Set(plan.targets.filter { $0.status == .achieved }.map(\.id)) }

    func refuse(_ why: String) -> Diagnostic {
        .error(
            "sspwiki review cannot edit this plan safely: \(why); nothing was changed", at: SourceLocation(file: path),
            hint: "write it as a list with one `- ` item per line, as in the content format")
    }

    mutating func apply() throws {
        try provisions()
        try targets()
        reviewDates()
        planNumber()
    }

    mutating func planNumber() {
        let new = "\(plan.planNumber + 1)"
        if let entry = editor.entry("plan_number") {
            editor.setValue(entry.line, column: 0, to: new)
        } else {
            let at = editor.entry("stage")?.end ?? editor.entry("start")?.line ?? editor.lines.count
            editor.replaceLines(at..<at, with: ["plan_number: \(new)"])
        }
        numberChanges.append("plan_number: \(plan.planNumber) → \(new)")
    }

    mutating func reviewDates() {
        if let start = editor.entry("start") {
            editor.setValue(start.line, column: 0, to: reviewDate.iso)
            dateChanges.append("start: \(plan.start.iso) → \(reviewDate.iso)")
        }
        let entries = editor.topLevel()
        let reviews = entries.filter { $0.key == "review" }
        let dated = reviews.first { !editor.inline($0.line, column: 0).value.isEmpty }
        let block =
            reviews.first { editor.inline($0.line, column: 0).value.isEmpty } ?? entries.first { $0.key == "review_record" }
        if let dated {
            editor.setValue(dated.line, column: 0, to: next.iso)
        }
        dateChanges.append("review: \(plan.review.iso) → \(next.iso) (\(ReviewCycle.rule))")
        if let block { empty(block, keepingDate: dated == nil) }
    }

    /// Blanks the known fields of the review block; the next review date stays in it when the
    /// block is where the plan keeps that date.
    mutating func empty(_ block: FrontMatterEditor.Entry, keepingDate: Bool) {
        let body = (block.line + 1)..<block.end
        guard let first = body.first(where: { !FrontMatterEditor.isBlankOrComment(editor.lines[$0]) }) else { return }
        let column = FrontMatterEditor.indent(editor.lines[first])
        var emptied = false
        for child in editor.mapping(in: body, column: column).reversed() where PlanParser.reviewFields.contains(child.key) {
            let value: String
            switch child.key {
            case "date": value = keepingDate ? next.iso : ""
            case "attended": value = "[]"
            default: value = ""
            }
            if editor.inline(child.line, column: column).value != value || child.end > child.line + 1 { emptied = true }
            editor.replaceLines((child.line + 1)..<child.end, with: [])
            editor.setValue(child.line, column: column, to: value)
        }
        if emptied && plan.reviewRecord?.isFilled == true {
            let held = plan.reviewRecord?.date.map { " of \($0.iso)" } ?? ""
            dateChanges.append("\(block.key) block emptied for the new cycle (the review\(held) stays in git history)")
        }
    }

    mutating func targets() throws {
        guard !plan.targets.isEmpty, let entry = editor.entry("targets") else { return }
        let items = editor.items(of: entry)
        guard items.count == plan.targets.count else { throw refuse("'targets' is not a block list") }
        var perTarget: [[String]] = []
        for (index, target) in plan.targets.enumerated().reversed() {
            let item = editor.items(of: editor.entry("targets")!)[index]
            if target.status == .achieved {
                editor.replaceLines(item.range, with: [])
                perTarget.append(["target \(target.id) was achieved: removed"])
                continue
            }
            let fields = editor.fields(of: item)
            var said: [String] = []
            if let by = target.by, by <= reviewDate, let field = fields.first(where: { $0.key == "by" }) {
                editor.setValue(field.line, column: item.column, to: next.iso)
                said.append("target \(target.id): by \(by.iso) → \(next.iso)")
            }
            if let field = fields.first(where: { $0.key == "status" }) {
                editor.setValue(field.line, column: item.column, to: TargetStatus.inProgress.rawValue)
            } else {
                editor.replaceLines(
                    item.range.upperBound..<item.range.upperBound,
                    with: [String(repeating: " ", count: item.column) + "status: in-progress"])
            }
            said.insert(
                "target \(target.id) carried over"
                    + (target.status == .inProgress
                        ? " (in progress)"
                        : ": status \(target.status.rawValue) → in-progress"),
                at: 0)
            perTarget.append(said)
        }
        targetChanges = perTarget.reversed().flatMap { $0 }
        if plan.targets.allSatisfy({ $0.status == .achieved }), let entry = editor.entry("targets") {
            editor.setValue(entry.line, column: 0, to: "[]")
        }
    }

    mutating func provisions() throws {
        guard !plan.provisions.isEmpty, let entry = editor.entry("provisions") else { return }
        guard editor.items(of: entry).count == plan.provisions.count else { throw refuse("'provisions' is not a block list") }
        let achieved = self.achieved
        for (index, provision) in plan.provisions.enumerated() {
            let label = "provision '\(provision.what.prefix(40))\(provision.what.count > 40 ? "…" : "")'"
            func item() -> (range: Range<Int>, column: Int) { editor.items(of: editor.entry("provisions")!)[index] }
            if let end = provision.end, end >= reviewDate, end != next,
                let field = editor.fields(of: item()).first(where: { $0.key == "end" })
            {
                editor.setValue(field.line, column: item().column, to: next.iso)
                provisionChanges.append("\(label): end \(end.iso) → \(next.iso)")
            }
            let dropped = provision.targets.filter(achieved.contains)
            guard !dropped.isEmpty, let field = editor.fields(of: item()).first(where: { $0.key == "targets" }) else { continue }
            try removeTargets(dropped, from: field, column: item().column)
            let left = provision.targets.count - dropped.count
            provisionChanges.append(
                "\(label): no longer names achieved target \(dropped.joined(separator: ", "))"
                    + (left == 0 ? "; it supports no target now, so check it is still needed" : ""))
        }
    }

    mutating func removeTargets(_ ids: [String], from field: FrontMatterEditor.Entry, column: Int) throws {
        if let flow = editor.flowItems(field.line, column: column) {
            let kept = flow.filter { !ids.contains(FrontMatterEditor.unquote($0)) }
            editor.setValue(field.line, column: column, to: "[" + kept.joined(separator: ", ") + "]")
            return
        }
        let items = editor.items(of: field)
        guard !items.isEmpty else { throw refuse("a provision's 'targets' is not a list") }
        let removed = items.filter { ids.contains(editor.itemScalar($0.range.lowerBound)) }
        for item in removed.reversed() { editor.replaceLines(item.range, with: []) }
        if removed.count == items.count { editor.setValue(field.line, column: column, to: "[]") }
    }
}
