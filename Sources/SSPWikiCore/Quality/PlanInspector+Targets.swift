/// Targets: SMART means a measure, a starting point, a date within the cycle, and for a
/// child with an EHCP a link to a longer-term outcome.
extension PlanInspector {
    func targets() -> [Diagnostic] {
        var out: [Diagnostic] = []
        for (index, target) in plan.targets.enumerated() {
            let path = "targets[\(index)]"
            let name = "target \(target.id)"
            if let measure = target.measure {
                if MeasureWords.isVague(measure) {
                    out.append(
                        finding(
                            .targetVagueMeasure,
                            "\(name)'s measure does not say what will be counted or how it will be checked: '\(measure)'",
                            at: at(path + ".measure")))
                }
            } else {
                out.append(finding(.targetNoMeasure, "\(name) has no measure: nobody can tell when it is met", at: at(path)))
            }
            if target.baseline == nil {
                out.append(finding(.targetNoBaseline, "\(name) has no baseline (where the child is now)", at: at(path)))
            }
            if let by = target.by {
                if by > plan.review {
                    out.append(
                        finding(
                            .targetAfterReview,
                            "\(name) is due on \(by.long), after the plan's review on \(plan.review.long)",
                            at: at(path + ".by")))
                }
            } else {
                out.append(finding(.targetNoDate, "\(name) has no date to be met by", at: at(path)))
            }
            if plan.stage == .ehcp && target.linksTo == nil {
                out.append(
                    finding(
                        .ehcpTargetNoOutcome, "\(name) does not say which EHCP outcome it is a step towards",
                        at: at(path)))
            }
        }
        return out
    }
}
