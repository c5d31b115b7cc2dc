/// A plan's record keeping (left, destination, keep until) and its Confidential panel.
extension ContextBuilder {
    /// Values for the plan page and the archive: `left`, `destination`, `keepUntil` (with the
    /// retention policy's name) and `confidential` (the panel, present only when the model
    /// still holds the plan's `confidential:` block, that is in the leads build).
    func recordValues(_ plan: Plan) -> [String: Any] {
        let retention = model.config.retention
        let keepUntil = retention.keepUntil(plan)
        var values = compact([
            "left": plan.left?.long, "leftISO": plan.left?.iso, "destination": plan.destination,
            "keepUntil": keepUntil?.long, "keepUntilISO": keepUntil?.iso,
            "retentionPolicy": keepUntil == nil ? nil : retention.policy,
            "retentionPassed": keepUntil.map { $0 <= today } == true ? true : nil,
        ])
        let details = plan.confidential
        if !details.isEmpty {
            values["confidential"] = compact([
                "audience": model.config.confidentiality.name(of: .leads),
                // Prefixed, so a missing detail is not found in the plan's own values instead.
                "confidentialMedical": details.medical, "confidentialFamily": details.family, "confidentialNotes": details.notes,
                "confidentialFlags": details.flags.isEmpty ? nil : details.flags.map(\.label).joined(separator: ", "),
                "confidentialAgencies": details.external.isEmpty ? nil : details.external.map(\.agency).joined(separator: ", "),
                "confidentialOtherPlans": details.otherPlans.isEmpty ? nil : details.otherPlans.map(\.kind).joined(separator: ", "),
            ])
        }
        return values
    }
}
