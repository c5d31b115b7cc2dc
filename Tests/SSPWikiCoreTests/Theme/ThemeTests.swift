import Foundation
import Testing

@testable import SSPWikiCore

/// The default theme is built into the tool; a `--theme` folder replaces it file by file.
@Suite("Theme: built in, overridden file by file")
struct ThemeTests {
    @Test func theBuiltInThemeHoldsEveryFileOfThemesDefault() throws {
        let folder = Fixture.defaultTheme
        let onDisk = Theme.files(under: folder)
        #expect(onDisk.count > 30)
        #expect(Set(ThemeFile.builtin.keys) == Set(onDisk))
        for rel in onDisk {
            let text = try String(contentsOfFile: folder + "/" + rel, encoding: .utf8)
            #expect(ThemeFile.builtin[rel]?.text() == text, "\(rel) differs from the built-in copy")
        }
    }

    @Test func theBuiltInThemeLoadsWithoutAnyFolder() throws {
        let (theme, diagnostics) = Theme.load()
        #expect(diagnostics.isEmpty)
        let loaded = try #require(theme)
        #expect(loaded.templateTexts["plan"] != nil)
        #expect(loaded.assets["style.css"].map { if case .builtin = $0.source { true } else { false } } == true)
        #expect(loaded.archetypes["plan-primary.md"]?.text()?.contains("status: draft") == true)
        #expect(loaded.serveFiles["reload.js"] != nil)
    }

    @Test func anOverrideFolderReplacesOnlyTheFilesItHolds() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("theme-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/assets", withIntermediateDirectories: true)
        try "body { color: teal }\n".write(toFile: root + "/assets/style.css", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: root + "/templates", withIntermediateDirectories: true)
        try "{{title}} only\n".write(toFile: root + "/templates/page.mustache", atomically: true, encoding: .utf8)
        let (theme, diagnostics) = Theme.load(directories: [root])
        #expect(diagnostics.isEmpty)
        let loaded = try #require(theme)
        #expect(loaded.templateTexts["page"] == "{{title}} only\n")
        #expect(loaded.templateTexts["plan"] == ThemeFile.builtin["templates/plan.mustache"]?.text())
        guard case .file(let path)? = loaded.assets["style.css"]?.source else {
            Issue.record("the override stylesheet is not the one used")
            return
        }
        #expect(path.hasSuffix("/assets/style.css"))
        #expect(loaded.origin(ofTemplate: "page").hasPrefix(root))
        #expect(loaded.origin(ofTemplate: "plan") == "built-in:themes/default/templates/plan.mustache")
    }

    @Test func aTemplateWithAnUnclosedSectionIsOneErrorAtTheTagInTheOverrideFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("theme-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/templates", withIntermediateDirectories: true)
        try "<h1>{{title}}</h1>\n  {{#plans}}<p>{{name}}</p>\n".write(
            toFile: root + "/templates/page.mustache", atomically: true, encoding: .utf8)
        try "{{<base}}{{$main}}<p>{{name}</p>{{/main}}{{/base}}\n".write(
            toFile: root + "/templates/glossary.mustache", atomically: true, encoding: .utf8)
        let (theme, diagnostics) = Theme.load(directories: [root])
        #expect(theme == nil)
        let file = Theme.absolute(root) + "/templates/"
        #expect(
            diagnostics.map(\.location) == [
                SourceLocation(file: file + "glossary.mustache", line: 1, column: 22),
                SourceLocation(file: file + "page.mustache", line: 2, column: 3),
            ])
        #expect(diagnostics.allSatisfy { $0.severity == .error })
        #expect(diagnostics.last?.message.contains("{{#plans}} is never closed") == true)
    }

    @Test func aMissingOverrideFolderIsAnErrorNamingIt() {
        let (theme, diagnostics) = Theme.load(directories: ["/nonexistent/theme-folder"])
        #expect(theme == nil)
        #expect(diagnostics.map(\.file) == ["/nonexistent/theme-folder"])
        #expect(diagnostics.first?.message == "the theme folder was not found")
    }
}
