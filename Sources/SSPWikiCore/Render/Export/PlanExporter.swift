import Foundation

/// Makes the documents for the people a plan is for (`sspwiki export`): the family's copy, the
/// child's copy, the evidence pack for an EHC needs assessment request and the transfer pack.
/// Each is one self-contained HTML file: its styles inline (allowed by the CSP's hash of them),
/// its images as `data:` URIs, no script, `noindex`, laid out for A4.
///
/// The exporter draws only on the `AnalysedSite` it is given, which holds what its audience may
/// see (confidential sections and restricted plans already removed for staff); nothing here
/// reads a content file except media to embed.
package struct PlanExporter: Sendable {
    /// Which document to make.
    package enum Kind: Sendable, Hashable {
        /// The plan for the family: friendly headings, acronyms in full, room for comments.
        case family
        /// About me, what I am working on and how adults will help me, in large type.
        case child
        /// The plan as it stood at each of the last `cycles` reviews, with a summary table.
        case evidence(cycles: Int)
        /// Every cycle, the history and the outside agencies, for the receiving setting.
        case transfer

        /// The end of the file name, such as `family` in `amy-khan-family.html`.
        package var name: String {
            switch self {
            case .family: return "family"
            case .child: return "child"
            case .evidence: return "evidence"
            case .transfer: return "transfer"
            }
        }
    }

    package let theme: Theme
    package let site: AnalysedSite
    package let today: Day

    package init(theme: Theme, site: AnalysedSite, today: Day) {
        self.theme = theme
        self.site = site
        self.today = today
    }

    var model: ContentModel { site.model }
    var graph: LinkGraph { site.graph }
    var history: SiteHistory { site.history }

    /// The file name of a plan's document: `<id>-<kind>.html`.
    package static func fileName(planID: String, kind: Kind) -> String { "\(planID)-\(kind.name).html" }

    /// The document for the published plan `planID`, or the diagnostics that say why not.
    package func export(_ planID: String, as kind: Kind) -> (String?, [Diagnostic]) {
        guard let plan = model.publishedPlans.first(where: { $0.id == planID }) else {
            let ids = model.publishedPlans.map(\.id)
            let near = Suggestion.closest(to: planID, in: ids).map { "did you mean '\($0)'? " } ?? ""
            return (
                nil,
                [
                    .error(
                        "there is no published plan with the id '\(planID)'", at: SourceLocation(file: "plans"),
                        hint: near + "the id is the plan's file name without .md")
                ]
            )
        }
        var builder = ContextBuilder(site: site, today: today)
        builder.forDocument = true
        var body: DocumentModel
        switch kind {
        case .family, .child:
            body = builder.documentPlan(plan, links: graph.resolved[PageRef(.plan, plan.id)] ?? [], embed: embed)
        case .evidence(let cycles):
            let versions = PlanCycles(plan: plan, history: history, graph: graph).reviewed.suffix(max(1, cycles))
            guard !versions.isEmpty else {
                return (
                    nil,
                    [
                        .error(
                            "the git history of plan '\(plan.id)' has no reviewed cycle yet", at: SourceLocation(file: plan.path),
                            hint:
                                "an evidence pack shows the plan as committed with each review record; fill in the review block, commit it, and export again"
                        )
                    ]
                )
            }
            body = builder.evidencePack(plan, cycles: Array(versions), embed: embed)
        case .transfer:
            body = builder.transferPack(plan, cycles: PlanCycles(plan: plan, history: history, graph: graph), embed: embed)
        }
        body.friendly = kind == .family
        guard let bodyHtml = theme.render("export-\(kind.name)", model: body) else {
            return (nil, [missingTemplate("export-\(kind.name)")])
        }
        let text = kind == .family || kind == .child ? AcronymExpander(glossary: model.glossary).expand(html: bodyHtml) : bodyHtml
        return page(title: body.title, kind: kind, bodyHtml: Self.withoutLinks(text))
    }

    /// Wraps a document's body in the page with its inline styles and their CSP hash.
    func page(title: String, kind: Kind, bodyHtml: String) -> (String?, [Diagnostic]) {
        guard let css = theme.render("export-style", [:]) else { return (nil, [missingTemplate("export-style")]) }
        let hash = "sha256-" + Data(SHA256.digest(Array(css.utf8))).base64EncodedString()
        let wrapper = DocumentPageModel(
            title: title, kind: kind.name, css: css, styleHash: hash, bodyHtml: bodyHtml,
            setting: model.config.setting,
            confidentialFor: site.audience == .leads ? model.config.confidentiality.name(of: .leads) : nil)
        guard let text = theme.render("export-page", model: wrapper) else { return (nil, [missingTemplate("export-page")]) }
        return (text, [])
    }

    /// A media file of the content as a `data:` URI, so the document needs no other file.
    func embed(_ path: String) -> String? {
        guard let file = model.media.first(where: { $0.path == path }),
            let data = FileManager.default.contents(atPath: file.absolutePath)
        else { return nil }
        let types = [
            "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
            "gif": "image/gif", "webp": "image/webp",
        ]
        guard let type = types[(path as NSString).pathExtension.lowercased()] else { return nil }
        return "data:\(type);base64," + data.base64EncodedString()
    }

    /// `html` without its `<a>` tags (their text stays): a document links nowhere.
    static func withoutLinks(_ html: String) -> String {
        html.replacingOccurrences(of: "<a\\b[^>]*>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "</a>", with: "")
    }

    func missingTemplate(_ name: String) -> Diagnostic {
        .error(
            "the theme has no template '\(name)'", at: SourceLocation(file: theme.origin(ofTemplate: name)),
            hint: "add \(name).mustache to the theme's templates folder")
    }
}
