/// Redaction of the history: past versions are plans too and are redacted like current ones.
extension Redactor {
    /// The history the audience may see: no trace of withheld plans, every past plan version
    /// redacted, unreadable versions without their text (for staff), and every change summary
    /// made again from the redacted versions so it cannot name what was removed.
    func redact(_ history: SiteHistory, model: ContentModel) -> SiteHistory {
        guard history.available else { return history }
        var out = history
        let hidden = { (ref: PageRef) in ref.kind == .plan && withheld[ref.id] != nil }
        out.revisions = history.revisions.filter { !hidden($0.key) }
        out.uncommitted = history.uncommitted.filter { !hidden($0) }
        // Every past version and change summary is made again: on every core, as a site may
        // have 100,000 of them.
        let kept = history.versions.filter { !hidden($0.key.ref) }.map { ($0.key, $0.value) }
        let redacted = ParallelMap.map(kept) { redact($0.1) }
        out.versions = Dictionary(uniqueKeysWithValues: zip(kept.map(\.0), redacted))
        let names = ChangeSummary.Names(model)
        let versions = out.versions
        let entries = Array(out.revisions)
        let summarised = ParallelMap.map(entries) { ref, revisions in
            revisions.map { revision in
                var revision = revision
                revision.summary = HistoryParser.summary(ref, change: revision.change, versions: versions, names: names)
                return revision
            }
        }
        out.revisions = Dictionary(uniqueKeysWithValues: zip(entries.map(\.key), summarised))
        out.recent = SiteHistory.newest(out.revisions)
        return out
    }

    func redact(_ version: PastVersion) -> PastVersion {
        switch version {
        case .plan(let plan):
            if plan.restricted, !audience.seesConfidential {
                return .broken(
                    text: "", message: "This version's access was restricted: it is shown only to \(settings.name(of: .leads)).")
            }
            return .plan(redact(plan))
        case .broken(let text, _)
        where !audience.seesConfidential && ConfidentialText.mayBeConfidential(text, settings: settings):
            // The text cannot be parsed, so its confidential parts cannot be told apart.
            return .broken(
                text: "",
                message:
                    "The front matter of this version cannot be read; its text is shown only to \(settings.name(of: .leads)).")
        case .page, .broken:
            return version
        }
    }
}
