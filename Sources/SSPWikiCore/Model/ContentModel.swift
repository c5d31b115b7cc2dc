/// Everything in a content folder after parsing: the input of validation, linking and rendering.
public struct ContentModel: Sendable {
    /// Absolute path of the content folder.
    public var root: String
    public var config: SiteConfig
    public var plans: [Plan] = []
    public var indes: [IndesSection] = []
    public var peass: [PeassEntry] = []
    public var pages: [WikiPage] = []
    public var glossary: [GlossaryTerm] = []
    public var media: [MediaFile] = []
    /// Every regular file inside the content folder, for checking paths in front matter.
    public var files: Set<String> = []
    /// Symlinks that lead outside the content folder.
    public var escapingLinks: Set<String> = []
    /// The git history of the published pages (empty when history is off or unavailable).
    public var history = SiteHistory()

    public init(root: String, config: SiteConfig) {
        self.root = root
        self.config = config
    }

    /// Plans that are written to the site (drafts never are).
    public var publishedPlans: [Plan] { plans.filter { $0.status != .draft } }
    public var activePlans: [Plan] { plans.filter { $0.status == .active } }
}
