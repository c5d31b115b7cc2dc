/// Everything in a content folder after parsing: the input of validation and linking, and
/// (redacted, inside `AnalysedSite`) of rendering. Analysis adds nothing to it afterwards.
package struct ContentModel: Sendable {
    /// Absolute path of the content folder.
    package var root: String
    package var config: SiteConfig
    package var plans: [Plan] = []
    // Each catalogue keeps its lookup table beside it, remade whenever the list changes, so
    // no stage builds its own and none can read a stale one. (Plans have none: they change
    // one by one, and the few lookups by plan id are made where they are needed.)
    package var indes: [IndesSection] = [] { didSet { indesByID = Self.table(indes, \.id) } }
    package var peass: [PeassEntry] = [] { didSet { peassByID = Self.table(peass, \.id) } }
    package var pages: [WikiPage] = [] { didSet { pagesByID = Self.table(pages, \.id) } }
    package var glossary: [GlossaryTerm] = [] { didSet { glossaryByTerm = Self.table(glossary, \.term) } }
    /// INDES sections by id (the first of any two with one id).
    package private(set) var indesByID: [String: IndesSection] = [:]
    /// PEaSS entries by id.
    package private(set) var peassByID: [String: PeassEntry] = [:]
    /// Wiki pages by id.
    package private(set) var pagesByID: [String: WikiPage] = [:]
    /// Glossary terms by the term as written.
    package private(set) var glossaryByTerm: [String: GlossaryTerm] = [:]
    package var media: [MediaFile] = []
    /// Every regular file inside the content folder, for checking paths in front matter.
    package var files: Set<String> = []
    /// Plans, catalogue entries and pages whose file exists but could not be read (its error
    /// is reported at the file): a link or reference to one is not an error of its own.
    package var unparsed: Set<PageRef> = []
    /// Symlinks that lead outside the content folder.
    package var escapingLinks: Set<String> = []
    /// Flags the audience may not see anywhere, not even as a search filter (`Redactor`).
    package var withheldFlags: Set<Flag> = []

    package init(root: String, config: SiteConfig) {
        self.root = root
        self.config = config
    }

    /// `list` by `key`, the first element winning where two share one.
    private static func table<Element>(_ list: [Element], _ key: KeyPath<Element, String>) -> [String: Element] {
        Dictionary(list.map { ($0[keyPath: key], $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The flags search can filter by: every flag but the withheld ones.
    package var filterFlags: [Flag] { Flag.allCases.filter { !withheldFlags.contains($0) } }

    /// Plans that are written to the site (drafts never are).
    package var publishedPlans: [Plan] { plans.filter { $0.status != .draft } }
    package var activePlans: [Plan] { plans.filter { $0.status == .active } }
}

/// A content file made of front matter and a Markdown body: plans, INDES sections, PEaSS
/// entries and wiki pages.
package protocol MarkdownPage: Sendable {
    var id: String { get }
    /// Path relative to the content folder.
    var path: String { get }
    var body: String { get set }
    /// File line the body starts on.
    var bodyLine: Int { get set }
    var document: MarkdownDocument { get set }
    var locations: FieldLocations { get set }
    /// Ids the page template uses itself, which body headings must not take.
    var reservedAnchors: Set<String> { get }
}

extension MarkdownPage {
    package var reservedAnchors: Set<String> {
        ["main", "page-title", "linked-from", "scale", "receiving", "impact-over-cycles"]
    }
}

extension Plan: MarkdownPage {
    /// The ids of the plan page's own sections and of each target.
    package var reservedAnchors: Set<String> {
        Set(
            [
                "main", "plan-title", "must-know", "about-me", "family-views", "strengths", "needs", "need-profile",
                "need-profile-title", "need-profile-desc", "what-i-find-difficult", "how-to-help", "adjustments",
                "access-arrangements", "provision", "targets", "external", "review-of-impact", "linked-from",
                "quality-checks", "history", "last-changed", "progress-heading",
            ] + self.targets.map { "target-" + Slug.make($0.id) })
    }
}
extension IndesSection: MarkdownPage {}
extension PeassEntry: MarkdownPage {}
extension WikiPage: MarkdownPage {}
