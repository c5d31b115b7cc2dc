/// What analysis may take from an earlier run instead of working it out again. `build` keeps
/// the file hashes only; a `BuildSession` keeps all of them between its rebuilds, so that after
/// an edit `SiteBuilder.analyse` parses, validates, links and checks only what it changed.
/// Each memo uses what it kept only while everything it was made from is the same.
package struct AnalysisMemos: Sendable {
    /// Parsed Markdown files by path and text.
    var parse: ParseCache?
    /// Past versions parsed from git's blobs.
    var pastVersions: PastVersionCache?
    /// Each plan's quality findings.
    var quality: QualityCache?
    /// Content files' hashes, and each plan's glossary terms.
    var hashes: SourceHashes?
    /// The link graph.
    var links: LinkMemo?
    /// Each plan's validation problems.
    var validation: ValidationMemo?
    /// Each plan without its field locations, the same plan from one rebuild to the next.
    var released: ReleasedPlans?
    /// Whether each plan and past version is marked confidential in any way (`ContentModel.hasConfidential`).
    var confidential: ConfidentialMemo?

    init(
        parse: ParseCache? = nil, pastVersions: PastVersionCache? = nil, quality: QualityCache? = nil,
        hashes: SourceHashes? = nil, links: LinkMemo? = nil, validation: ValidationMemo? = nil,
        released: ReleasedPlans? = nil, confidential: ConfidentialMemo? = nil
    ) {
        self.parse = parse
        self.pastVersions = pastVersions
        self.quality = quality
        self.hashes = hashes
        self.links = links
        self.validation = validation
        self.released = released
        self.confidential = confidential
    }

    /// Every memo, each new but `hashes`: what a `BuildSession` keeps.
    static func all(hashes: SourceHashes) -> AnalysisMemos {
        AnalysisMemos(
            parse: ParseCache(), pastVersions: PastVersionCache(), quality: QualityCache(), hashes: hashes,
            links: LinkMemo(), validation: ValidationMemo(), released: ReleasedPlans(),
            confidential: ConfidentialMemo())
    }
}
