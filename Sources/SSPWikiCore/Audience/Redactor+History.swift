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
        // Every past version is redacted on every core, as a site may have 100,000 of them.
        let kept = history.versions.filter { !hidden($0.key.ref) }.map { ($0.key, $0.value) }
        let redacted = ParallelMap.map(kept) { leavesAsItIs($0.1) ? nil : redact($0.1) }
        out.versions = Dictionary(uniqueKeysWithValues: zip(kept, redacted).map { ($0.0, $1 ?? $0.1) })
        // A summary is made again where one of its versions changed; with no plan withheld, the
        // names it may quote are the same, so the others stand (for leads that is usually all).
        let changed = Set(zip(kept, redacted).compactMap { $1 == nil ? nil : $0.0 })
        let names = ChangeSummary.Names(model)
        let versions = out.versions
        let entries = Array(out.revisions)
        let everyOne = !withheld.isEmpty
        let summarised = ParallelMap.map(entries) { ref, revisions in
            let touched = { (revision: Revision) in
                changed.contains(revision.version) || revision.previous.map(changed.contains) == true
            }
            // A list with no summary to make again stays the very same list (`ProgressMemo`
            // knows a kept plan's revisions by that).
            guard everyOne || revisions.contains(where: touched) else { return revisions }
            return revisions.map { revision in
                guard everyOne || touched(revision) else { return revision }
                var revision = revision
                revision.summary = HistoryParser.summary(ref, change: revision.change, versions: versions, names: names)
                return revision
            }
        }
        out.revisions = Dictionary(uniqueKeysWithValues: zip(entries.map(\.key), summarised))
        out.recent = SiteHistory.newest(out.revisions)
        return out
    }

    /// Whether `redact(version)` would give the version back as it is: a page, and for leads an
    /// unreadable version or a plan with nothing confidential to merge.
    func leavesAsItIs(_ version: PastVersion) -> Bool {
        switch version {
        case .page: return true
        case .broken: return audience.seesConfidential
        case .plan(let plan): return audience.seesConfidential && plan.confidential.joinsNothing
        }
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
