/// A plan's record keeping (left, destination, keep until) and its Confidential panel.
extension ContextBuilder {
    /// The record for the plan page and the archive: `left`, `destination`, `keepUntil` (with the
    /// retention policy's name) and `confidential` (the panel, present only when the model
    /// still holds the plan's `confidential:` block, that is in the leads build).
    func planRecord(_ plan: Plan) -> PlanRecordModel {
        let retention = model.config.retention
        let keepUntil = retention.keepUntil(plan)
        var record = PlanRecordModel(
            left: plan.left?.long, leftISO: plan.left?.iso, destination: plan.destination,
            keepUntil: keepUntil?.long, keepUntilISO: keepUntil?.iso, retentionPolicy: keepUntil == nil ? nil : retention.policy,
            retentionPassed: keepUntil.map { $0 <= today } == true)
        let details = plan.confidential
        if !details.isEmpty {
            func joined(_ texts: [String]) -> String? { texts.isEmpty ? nil : texts.joined(separator: ", ") }
            record.confidential = ConfidentialModel(
                audience: model.config.confidentiality.name(of: .leads), confidentialMedical: details.medical,
                confidentialFamily: details.family, confidentialNotes: details.notes,
                confidentialFlags: joined(details.flags.map(\.label)),
                confidentialAgencies: joined(details.external.map(\.agency)),
                confidentialOtherPlans: joined(details.otherPlans.map(\.kind)))
        }
        return record
    }
}
