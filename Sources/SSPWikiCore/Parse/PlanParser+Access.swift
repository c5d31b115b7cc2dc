/// The fields about who may see a plan and how long it is kept: `confidential:`, `access:`,
/// `left:` and `destination:`.
extension PlanParser {
    static func readAccess(_ map: FieldReader.Map, into plan: inout Plan, reader r: FieldReader) {
        if let text = r.string(map, "access") {
            switch text.lowercased() {
            case "restricted": plan.restricted = true
            case "staff", "normal": plan.restricted = false
            default:
                r.report(
                    .error, "'access' must be restricted or staff, not '\(text)'", at: map.value("access"),
                    hint: "write `access: restricted` to keep the whole plan out of the staff build")
            }
        }
        plan.left = r.day(map, "left")
        plan.destination = r.string(map, "destination")
        // A child who has left has a closed plan: it is kept as a record, not worked on.
        if plan.left != nil, plan.status == .active { plan.status = .archived }
        if let node = map.value("confidential"), !r.isNull(node),
            let m = r.map(node, path: "confidential", known: confidentialFields, what: "the confidential details")
        {
            plan.confidential = confidential(m, reader: r)
        }
    }

    static func confidential(_ m: FieldReader.Map, reader r: FieldReader) -> ConfidentialDetails {
        var details = ConfidentialDetails()
        details.medical = r.string(m, "medical")
        details.family = r.string(m, "family")
        details.notes = r.string(m, "notes")
        details.flags = r.stringList(m, "flags").compactMap {
            r.vocabularyValue($0.value, path: $0.path, node: $0.node, Flag.self)
        }
        details.external = r.list(m, "external").compactMap { external($0.node, path: $0.path, reader: r) }
        details.otherPlans = r.list(m, "other_plans").compactMap { otherPlan($0.node, path: $0.path, reader: r) }
        return details
    }
}
