/// Provision: who gives it, how often and for how long, from when to when, and towards which
/// target. Adjustments in class are part of everyday teaching, so only additional provision
/// must be quantified, dated and linked to a target.
extension PlanInspector {
    func provisions() -> [Diagnostic] {
        var out: [Diagnostic] = []
        for (index, provision) in plan.provisions.enumerated() {
            let path = "provisions[\(index)]"
            let name = "the provision " + Self.describe(provision)
            let additional = provision.kind == .additional
            if let text = provision.howOftenText, provision.howOften == nil {
                out.append(finding(.provisionNotQuantified, "\(name) happens '\(text)', which cannot be counted",
                                   at: at(path + ".how_often")))
            } else if additional {
                let missing = [provision.howOftenText == nil ? "how often" : nil,
                               provision.minutes == nil ? "for how many minutes" : nil].compactMap { $0 }
                if !missing.isEmpty {
                    out.append(finding(.provisionNotQuantified, "\(name) does not say \(missing.joined(separator: " or "))",
                                       at: at(path)))
                }
            }
            if provision.who == nil {
                out.append(finding(.provisionNoWho, "\(name) does not say who gives it", at: at(path)))
            }
            if additional && (provision.start == nil || provision.end == nil) {
                let missing = provision.start == nil && provision.end == nil ? "start or end date"
                    : provision.start == nil ? "start date" : "end date"
                out.append(finding(.provisionNoDates, "\(name) has no \(missing)", at: at(path)))
            }
            if let start = provision.start, let end = provision.end, end < start {
                out.append(finding(.provisionEndBeforeStart, "\(name) ends on \(end.long), before it starts on \(start.long)",
                                   at: at(path + ".end")))
            } else if let end = provision.end, end < shared.today, end < plan.review, plan.status == .active {
                // Provision that ran until the review date has not ended early: an overdue
                // review is the finding then, reported once by the timing rules.
                out.append(finding(.provisionEnded, "\(name) ended on \(end.long), but the plan is still in use",
                                   at: at(path + ".end")))
            }
            if additional && provision.targets.isEmpty {
                out.append(finding(.provisionNoTarget, "\(name) is not linked to any of the plan's targets", at: at(path)))
            }
        }
        return out
    }
}
