import SSPWikiTemplates

/// What every page's layout (`base.mustache`) shows: the site's name, the page title, the
/// navigation, the build day. Every page model includes these fields.
struct PageFrame: TemplateModel {
    var root: String
    var title: String
    var setting: String
    /// The year group an overview page is scoped to, and that page's own path.
    var scopeTitle: String?
    var scopeHome: String?
    /// The navigation entry marked as the current page (`home`, `plans`, …).
    var nav: String
    var builtOn: String
    var builtOnISO: String
    var reviewSoonDays: Int
    var historyAvailable: Bool
    /// The audience's name in the leads' build (its banner), nil in the staff build.
    var confidentialBuild: String?
    /// The `<body>` class.
    var pageClass: String?
    /// Whether the page loads the filter script; overview pages that have filters set it.
    var filters = false

    /// Every navigation entry (`nav_<name>` is true on its own pages).
    static let navigation = [
        "archive", "changes", "glossary", "home", "impact", "indes", "pages", "peass", "people", "plans",
        "provision-map", "quality", "reviews", "search",
    ]

    static let templateFields = TemplateFields<PageFrame>(
        [
            .value("root", \.root), .value("title", \.title), .value("setting", \.setting),
            .value("scopeTitle", \.scopeTitle), .value("scopeHome", \.scopeHome),
            .value("builtOn", \.builtOn), .value("builtOnISO", \.builtOnISO),
            .value("reviewSoonDays", \.reviewSoonDays), .value("historyAvailable", \.historyAvailable),
            .value("confidentialBuild", \.confidentialBuild), .value("pageClass", \.pageClass),
            .value("filters", \.filters),
        ] + navigation.map { entry in .value("nav_" + entry) { $0.nav == entry } })
}

extension ContextBuilder {
    /// The frame of the page at `sitePath`.
    func pageFrame(sitePath: String, title: String, nav: String) -> PageFrame {
        PageFrame(
            root: HTML.root(for: sitePath), title: scope.map { "\(title): \($0.title)" } ?? title,
            setting: model.config.setting, scopeTitle: scope?.title, scopeHome: scope.map { _ in sitePath }, nav: nav,
            builtOn: today.long, builtOnISO: today.iso, reviewSoonDays: model.config.reviewSoonDays,
            historyAvailable: history.available,
            confidentialBuild: site.audience == .leads ? model.config.confidentiality.name(of: .leads) : nil)
    }
}
