/// Redaction of the history: past versions are plans too and are redacted like current ones.
extension Redactor {
    /// The history the audience may see: no trace of withheld plans, every past plan version
    /// redacted, unreadable versions without their text (for staff), and every change summary
    /// made again from the redacted versions so it cannot name what was removed.
    func redact(_ history: SiteHistory, model: ContentModel) -> SiteHistory {
        guard history.available else { return history }
        var out = history
        let hidden = { (ref: PageRef) in ref.kind == .plan && withheld[ref.id] != nil }
        if !withheld.isEmpty {
            out.revisions = history.revisions.filter { !hidden($0.key) }
            out.uncommitted = history.uncommitted.filter { !hidden($0) }
            out.versions = history.versions.filter { !hidden($0.key.ref) }
        }
        // Every past version is redacted on every core, as a site may have 100,000 of them; the
        // table is copied only when a version changes (for leads that is usually none).
        let entries = Array(out.versions)
        let redacted = ParallelMap.map(entries) { leavesAsItIs($0.value) ? nil : redact($0.value) }
        for (entry, version) in zip(entries, redacted) where version != nil { out.versions[entry.key] = version }
        let changed = Set(zip(entries, redacted).compactMap { $1 == nil ? nil : $0.key })
        // With no plan withheld and no version changed, every summary and so the newest stand.
        guard !withheld.isEmpty || !changed.isEmpty else { return out }
        // A summary is made again where one of its versions changed; with no plan withheld, the
        // names it may quote are the same, so the others stand.
        let names = ChangeSummary.Names(model)
        let versions = out.versions
        let lists = Array(out.revisions)
        let everyOne = !withheld.isEmpty
        let summarised = ParallelMap.map(lists) { ref, revisions in
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
        out.revisions = Dictionary(uniqueKeysWithValues: zip(lists.map(\.key), summarised))
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
