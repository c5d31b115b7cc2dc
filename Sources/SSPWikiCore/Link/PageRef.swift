/// Names one page of the built site that content can link to.
package struct PageRef: Hashable, Sendable, Comparable {
    package enum Kind: String, Sendable, Hashable, CaseIterable {
        case plan, indes, peass, page

        /// The folder of the site these pages live in.
        package var folder: String {
            switch self {
            case .plan: return "plans"
            case .indes: return "indes"
            case .peass: return "peass"
            case .page: return "pages"
            }
        }

        /// What a reader calls this kind of page.
        package var label: String {
            switch self {
            case .plan: return "Plan"
            case .indes: return "INDES section"
            case .peass: return "PEaSS entry"
            case .page: return "Page"
            }
        }
    }

    package let kind: Kind
    package let id: String

    package init(_ kind: Kind, _ id: String) {
        self.kind = kind
        self.id = id
    }

    /// Path of the page from the site root, such as `plans/amy-khan.html`.
    package var sitePath: String { SitePaths.page(kind, id) }

    package static func < (lhs: PageRef, rhs: PageRef) -> Bool {
        (lhs.kind.rawValue, lhs.id) < (rhs.kind.rawValue, rhs.id)
    }
}

/// Where one `[[…]]` link goes.
package struct ResolvedLink: Hashable, Sendable {
    package let target: PageRef
    /// Level anchor for `[[indes:code/N]]`.
    package let level: Int?

    /// Path from the site root, with the level anchor when there is one.
    package var sitePath: String {
        target.kind == .indes ? SitePaths.indes(target.id, level: level) : target.sitePath
    }
}

extension PageRef.Kind {
    /// The kind of page a content file makes; nil for `site.yml` and `glossary.yml`.
    init?(_ source: SourceKind) {
        switch source {
        case .plan: self = .plan
        case .indes: self = .indes
        case .peass: self = .peass
        case .page: self = .page
        case .site, .glossary: return nil
        }
    }
}
