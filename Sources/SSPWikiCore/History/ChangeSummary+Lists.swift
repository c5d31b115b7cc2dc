/// Lines for the lists in a plan: needs, targets, provision, outside agencies, other plans
/// and the review record. Items are matched by what identifies them (INDES code, target id,
/// what the provision is, agency).
extension ChangeSummary {
    static func needs(_ old: [Need], _ new: [Need], names: Names, into c: inout ChangeLines) {
        let before = Dictionary(old.map { ($0.indes, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(new.map { ($0.indes, $0) }, uniquingKeysWith: { a, _ in a })
        for need in new {
            let title = names.need(need.indes)
            guard let was = before[need.indes] else {
                c.add("Need added: \(title), level \(need.level)" + (need.primary ? " (primary need)" : ""))
                continue
            }
            if was.level != need.level { c.add("\(title): level \(was.level) → \(need.level)") }
            if need.primary && !was.primary { c.add("\(title) is now the primary need") }
            c.text("\(title): summary", was.summary, need.summary)
        }
        for need in old where after[need.indes] == nil { c.add("Need removed: \(names.need(need.indes))") }
    }

    static func targets(_ old: [Target], _ new: [Target], into c: inout ChangeLines) {
        let before = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(new.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for target in new {
            guard let was = before[target.id] else {
                c.add("Target \(target.id) added: \(target.outcome)")
                continue
            }
            if was.status != target.status { c.add("Target \(target.id) marked \(target.status.label.lowercased())") }
            c.text("Target \(target.id) outcome", was.outcome, target.outcome)
            c.text("Target \(target.id) measure", was.measure, target.measure)
            c.text("Target \(target.id) starting point", was.baseline, target.baseline)
            c.day("Target \(target.id) date", was.by, target.by)
            c.text("Target \(target.id) longer-term outcome", was.linksTo, target.linksTo)
        }
        for target in old where after[target.id] == nil { c.add("Target \(target.id) removed: \(target.outcome)") }
    }

    static func provisions(_ old: [Provision], _ new: [Provision], names: Names, into c: inout ChangeLines) {
        var unmatchedOld = old.filter { item in !new.contains { $0.what == item.what } }
        var pairs: [(Provision, Provision)] = []
        var added: [Provision] = []
        for provision in new {
            if let was = old.first(where: { $0.what == provision.what }) {
                pairs.append((was, provision))
            } else if let peass = provision.peass, let index = unmatchedOld.firstIndex(where: { $0.peass == peass }),
                new.filter({ $0.peass == peass }).count == 1
            {
                // Reworded but still the same PEaSS entry: report it as a change, not as removed and added.
                pairs.append((unmatchedOld.remove(at: index), provision))
            } else {
                added.append(provision)
            }
        }
        for (was, now) in pairs {
            let name = "Provision \(now.what)"
            c.text("Provision", was.what, now.what)
            if was.kind != now.kind {
                c.add(now.kind == .adjustment ? "\(name) is now an in-class adjustment" : "\(name) is now additional provision")
            }
            c.text("\(name): PEaSS entry", was.peass.map { names.peass[$0] ?? $0 }, now.peass.map { names.peass[$0] ?? $0 })
            c.text("\(name): who", was.who, now.who)
            c.text("\(name): how often", was.howOftenText, now.howOftenText)
            c.number("\(name): minutes", was.minutes, now.minutes)
            c.day("\(name): start", was.start, now.start)
            c.day("\(name): end", was.end, now.end)
            c.text("\(name): targets", was.targets.joined(separator: ", "), now.targets.joined(separator: ", "))
        }
        for provision in added { c.add("Provision added: " + describe(provision)) }
        for provision in unmatchedOld { c.add("Provision removed: " + describe(provision)) }
    }

    /// "ELSA sessions, weekly, 30 minutes".
    static func describe(_ provision: Provision) -> String {
        var parts = [provision.what]
        if let often = provision.howOftenText { parts.append(often) }
        if let minutes = provision.minutes { parts.append("\(minutes) minutes") }
        if provision.kind == .adjustment { parts.append("in-class adjustment") }
        return parts.joined(separator: ", ")
    }

    static func external(_ old: [ExternalInvolvement], _ new: [ExternalInvolvement], into c: inout ChangeLines) {
        let before = Dictionary(old.map { ($0.agency, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(new.map { ($0.agency, $0) }, uniquingKeysWith: { a, _ in a })
        for item in new {
            guard let was = before[item.agency] else {
                c.add("Outside agency added: \(item.agency)" + (item.report == nil ? "" : " (with report)"))
                continue
            }
            c.text("\(item.agency): involvement", was.involvement, item.involvement)
            c.day("\(item.agency): date", was.date, item.date)
            if was.report != item.report {
                c.add(
                    item.report == nil
                        ? "\(item.agency): report removed"
                        : was.report == nil
                            ? "\(item.agency): report added"
                            : "\(item.agency): report replaced")
            }
        }
        for item in old where after[item.agency] == nil { c.add("Outside agency removed: \(item.agency)") }
    }

    static func otherPlans(_ old: [OtherPlan], _ new: [OtherPlan], into c: inout ChangeLines) {
        c.list("Other plan", old.map(\.kind), new.map(\.kind))
        let before = Dictionary(old.map { ($0.kind, $0.note) }, uniquingKeysWith: { a, _ in a })
        for plan in new { if let was = before[plan.kind] { c.text("\(plan.kind): note", was, plan.note) } }
    }

    /// "EHCP annual review 20 May → 17 Jun 2027", "EHCP outcome added: O3", "EHCP outcome O1 reworded".
    static func ehcp(_ old: EHCPDetails?, _ new: EHCPDetails?, into c: inout ChangeLines) {
        c.day("EHCP annual review", old?.annualReview, new?.annualReview)
        let before = Dictionary((old?.outcomes ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary((new?.outcomes ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for outcome in new?.outcomes ?? [] {
            guard let was = before[outcome.id] else {
                c.add("EHCP outcome added: \(outcome.id)")
                continue
            }
            if was != outcome { c.add("EHCP outcome \(outcome.id) reworded") }
        }
        for outcome in old?.outcomes ?? [] where after[outcome.id] == nil { c.add("EHCP outcome removed: \(outcome.id)") }
    }

    /// Adds lines for the review record; true when this version records a review.
    static func review(_ old: ReviewRecord?, _ new: ReviewRecord?, into c: inout ChangeLines) -> Bool {
        let was = old?.isFilled == true ? old : nil
        let now = new?.isFilled == true ? new : nil
        guard was != now else { return false }
        guard let now else {
            c.add("Review record cleared for the next cycle")
            return false
        }
        guard let was, was.date == now.date else {
            let decision = now.next.map { ": \($0.label.lowercased())" } ?? ""
            c.add("Review recorded" + (now.date.map { " on \($0.medium)" } ?? "") + decision)
            return true
        }
        c.text("Review decision", was.next?.label, now.next?.label)
        c.text("Who took part in the review", was.attended.joined(separator: ", "), now.attended.joined(separator: ", "))
        c.text("What worked well", was.workedWell, now.workedWell)
        c.text("What did not work so well", was.notSoWell, now.notSoWell)
        return true
    }
}
