/// Links inside past versions of plans. A past version may name pages that no longer exist;
/// such links are left unresolved (shown as text) and are not reported, since the past
/// cannot be corrected.
extension SiteLinker {
    /// - Parameter known: versions' links resolved earlier against the same targets (`LinkMemo`):
    ///   a version is a blob's text, so its links resolve the same way again.
    func resolvePast(
        _ history: SiteHistory, targets: Targets, known: [VersionKey: [ResolvedLink?]] = [:]
    ) -> [VersionKey: [ResolvedLink?]] {
        var resolved: [VersionKey: [ResolvedLink?]] = [:]
        for key in history.pastVersionsWithPages {
            if let links = known[key] {
                resolved[key] = links
                continue
            }
            guard case .plan(let plan)? = history.versions[key] else { continue }
            resolved[key] = plan.document.links.map { link in
                // Only links whose target exists are looked at, so no suggestions are computed.
                guard link.unknownKind == nil, targets.byID[link.target] != nil,
                    let result = resolveOne(link, byID: targets.byID, levels: targets.levels).0
                else { return nil }
                return result.target.kind == .plan && targets.drafts.contains(result.target.id) ? nil : result
            }
        }
        return resolved
    }
}
