import Foundation
import Testing

@testable import SSPWikiCore

/// Every field of `ContentField.all` (INDES sections, PEaSS entries, pages and site.yml) is
/// described in docs/content-format.md, required where the table says so, and found by search
/// where it is searched. A key added to the table and forgotten by one of them fails here; a
/// key forgotten by the table is unknown to its parser.
@Suite("Catalogue, page and site fields: one table")
struct ContentFieldTests {
    /// The file each kind of field is written in, in the minimal content.
    static func path(_ file: ContentField.File) -> String {
        switch file {
        case .site: "site.yml"
        case .indes, .indesLevel: "indes/speech-language.md"
        case .peass: "peass/visual-timetable.md"
        case .page: "pages/apdr-calendar.md"
        }
    }

    /// For each searched field, a change to the minimal content that gives it new words.
    static let edits: [String: (String, String)] = [
        "indes.title": ("title: Speech and language", "title: Zqfield and language"),
        "indes.area": ("area: Communication and interaction", "area: Zqfield and interaction"),
        "indes.levels": ("label: Emerging needs", "label: Zqfield needs"),
        "a level.label": ("label: Needs met in class", "label: Zqfield met in class"),
        "a level.level": ("level: 4\n", "level: 9\n"),
        "peass.title": ("title: Visual timetable", "title: Zqfield timetable"),
        "peass.category": ("category: communication-interaction", "category: semh"),
        "peass.level": ("level: classroom", "level: sendco"),
        "page.title": ("title: Our APDR calendar", "title: Our Zqfield calendar"),
    ]

    static func name(_ field: ContentField) -> String {
        switch field.file {
        case .indes: "indes.\(field.key)"
        case .indesLevel: "a level.\(field.key)"
        case .peass: "peass.\(field.key)"
        case .page: "page.\(field.key)"
        case .site: "site.\(field.key)"
        }
    }

    /// Every word search holds for the minimal content changed by `change`.
    static func searchText(_ change: (inout [String: String]) -> Void = { _ in }) throws -> String {
        let site = try #require(Fixture(MinimalContent.files, change: change).analysedSite().site)
        return SearchDocumentBuilder(site: site).documents()
            .map { ($0.parts.map(\.text) + [$0.title]).joined(separator: " ") }.joined(separator: " ")
    }

    @Test("a change to any searched field changes what search finds", arguments: ContentField.all.filter(\.searched))
    func searchedFieldsAreFound(_ field: ContentField) throws {
        let edit = try #require(Self.edits[Self.name(field)], "give \(Self.name(field)) an edit in `edits`")
        let path = Self.path(field.file)
        let text = try #require(MinimalContent.files[path])
        #expect(text.contains(edit.0), "the edit of \(Self.name(field)) finds its text")
        let before = try Self.searchText()
        let after = try Self.searchText { $0[path] = text.replacingOccurrences(of: edit.0, with: edit.1) }
        #expect(before != after, "\(Self.name(field)): search does not see the change")
    }

    @Test("leaving out a required field is an error", arguments: ContentField.all.filter(\.required))
    func requiredFieldsAreRequired(_ field: ContentField) throws {
        let path = Self.path(field.file)
        let fixture = Fixture(MinimalContent.files) { files in
            let lines = files[path]!.split(separator: "\n", omittingEmptySubsequences: false)
            // The field's first line (for a level, inside the list) and nothing else.
            let prefix = field.file == .indesLevel ? "    \(field.key):" : "\(field.key):"
            let first = lines.firstIndex { $0.hasPrefix(prefix) || $0.hasPrefix("  - \(field.key):") }!
            var kept = lines
            if lines[first].hasPrefix("  - ") {
                kept[first] = "  - " + lines[first + 1].drop { $0 == " " }
                kept.remove(at: first + 1)
            } else {
                kept.remove(at: first)
            }
            if field.key == "levels" { kept = kept.filter { !$0.hasPrefix("  ") } }
            files[path] = kept.joined(separator: "\n")
        }
        let errors = fixture.analyse().diagnostics.filter { $0.severity == .error && $0.location.file == path }
        #expect(!errors.isEmpty, "\(Self.name(field)): no error when it is left out")
    }

    @Test("docs/content-format.md describes every field")
    func documented() throws {
        let docs = try String(contentsOfFile: Fixture.packageRoot + "/docs/content-format.md", encoding: .utf8)
        let site = try #require(docs.range(of: "## site.yml: settings")).upperBound
        let siteSection = String(docs[site...]).components(separatedBy: "\n## ").first ?? ""
        let catalogues = try #require(docs.range(of: "## INDES sections, PEaSS entries, pages and the glossary")).upperBound
        let catalogueSection = String(docs[catalogues...]).components(separatedBy: "\n## ").first ?? ""
        for field in ContentField.all {
            let section = field.file == .site ? siteSection : catalogueSection
            #expect(section.contains("`\(field.key)`"), "docs/content-format.md does not describe \(Self.name(field))")
        }
    }
}
