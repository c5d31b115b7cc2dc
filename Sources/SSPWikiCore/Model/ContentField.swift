/// A front-matter key of an INDES section, a PEaSS entry or a wiki page, or a top-level key of
/// `site.yml`, described once (as `PlanField` describes a plan's). The parsers take their lists
/// of known and required keys from here, and the field tests check the search documents and
/// docs/content-format.md against it, so a key added here and forgotten there fails a test.
package struct ContentField: Sendable, Hashable {
    /// The file kind a key belongs to; `what` names it in a "not a known field" error.
    package enum File: String, Sendable, CaseIterable {
        case site = "site.yml"
        case indes = "an INDES section"
        case indesLevel = "a level"
        case peass = "a PEaSS entry"
        case page = "a page"
    }

    package let key: String
    package let file: File
    /// A file without it cannot be read.
    package let required: Bool
    /// Its words are found by the site's search.
    package let searched: Bool

    init(_ file: File, _ key: String, required: Bool = false, searched: Bool = false) {
        self.file = file
        self.key = key
        self.required = required
        self.searched = searched
    }
}

extension ContentField {
    /// Every field, in the order of docs/content-format.md.
    package static let all: [ContentField] = [
        ContentField(.site, "setting", required: true),
        ContentField(.site, "phase"),
        ContentField(.site, "academic_year_start"),
        ContentField(.site, "review_soon_days"),
        ContentField(.site, "base_path"),
        ContentField(.site, "staff_rates"),
        ContentField(.site, "calendar_full_names"),
        ContentField(.site, "plain_language_ignore"),
        ContentField(.site, "quality"),
        ContentField(.site, "import"),
        ContentField(.site, "confidential"),
        ContentField(.site, "audiences"),
        ContentField(.site, "retention"),
        ContentField(.indes, "title", required: true, searched: true),
        ContentField(.indes, "area", searched: true),
        ContentField(.indes, "levels", required: true, searched: true),
        ContentField(.indesLevel, "level", required: true, searched: true),
        ContentField(.indesLevel, "label", required: true, searched: true),
        ContentField(.peass, "title", required: true, searched: true),
        ContentField(.peass, "category", searched: true),
        ContentField(.peass, "level", searched: true),
        ContentField(.page, "title", required: true, searched: true),
    ]

    /// The keys of one kind of file, in order.
    package static func keys(of file: File) -> [String] {
        all.filter { $0.file == file }.map(\.key)
    }
}
