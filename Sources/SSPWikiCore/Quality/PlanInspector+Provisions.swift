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
                out.append(
                    finding(
                        .provisionNotQuantified, "\(name) happens '\(text)', which cannot be counted",
                        at: at(path + ".how_often")))
            } else if additional {
                let missing = [
                    provision.howOftenText == nil ? "how often" : nil,
                    provision.minutes == nil ? "for how many minutes" : nil,
                ].compactMap { $0 }
                if !missing.isEmpty {
                    out.append(
                        finding(
                            .provisionNotQuantified, "\(name) does not say \(missing.joined(separator: " or "))",
                            at: at(path)))
                }
            }
            if provision.who == nil {
                out.append(finding(.provisionNoWho, "\(name) does not say who gives it", at: at(path)))
            }
            if additional && (provision.start == nil || provision.end == nil) {
                let missing =
                    provision.start == nil && provision.end == nil
                    ? "start or end date"
                    : provision.start == nil ? "start date" : "end date"
                out.append(finding(.provisionNoDates, "\(name) has no \(missing)", at: at(path)))
            }
            if let start = provision.start, let end = provision.end, end < start {
                out.append(
                    finding(
                        .provisionEndBeforeStart, "\(name) ends on \(end.long), before it starts on \(start.long)",
                        at: at(path + ".end")))
            } else if let end = provision.end, end < shared.today, end < plan.review, plan.status == .active,
                !reachedTheirEnd(provision)
            {
                // Provision that ran until the review date has not ended early: an overdue
                // review is the finding then, reported once by the timing rules. A planned
                // block whose targets were all judged did its work.
                out.append(
                    finding(
                        .provisionEnded,
                        "\(name) ended on \(end.long), but the plan is still in use and "
                            + Self.openTargets(of: provision, in: plan), at: at(path + ".end")))
            }
            if additional && provision.targets.isEmpty {
                out.append(finding(.provisionNoTarget, "\(name) is not linked to any of the plan's targets", at: at(path)))
            }
        }
        return out
    }

    /// Target statuses that close a target: it was judged achieved, partly or not.
    static let endStatuses: Set<TargetStatus> = [.achieved, .partlyAchieved, .notAchieved]

    /// True when the provision names targets and every one of them has an end status.
    func reachedTheirEnd(_ provision: Provision) -> Bool {
        let linked = plan.targets.filter { provision.targets.contains($0.id) }
        return !linked.isEmpty && linked.allSatisfy { Self.endStatuses.contains($0.status) }
    }

    /// "target T2 is still in progress" or "it works towards no target".
    static func openTargets(of provision: Provision, in plan: Plan) -> String {
        let open = plan.targets.filter { provision.targets.contains($0.id) && !endStatuses.contains($0.status) }
        guard !open.isEmpty else { return "it works towards no target" }
        let ids = open.map(\.id)
        let names =
            ids.count == 1 ? "target " + ids[0] : "targets " + ids.dropLast().joined(separator: ", ") + " and " + ids.last!
        return names + (ids.count == 1 ? " is" : " are") + " not yet achieved or judged"
    }
}
