import Foundation
import Testing

@testable import SSPWikiCore

/// Names in page templates are checked against the page models when a theme is loaded.
@Suite("Theme: template names checked against the page models")
struct TemplateNameCheckTests {
    func overrideFolder(_ files: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("theme-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/templates", withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: root + "/templates/" + name, atomically: true, encoding: .utf8) }
        return root
    }

    @Test("every name in the shipped theme is one its page model has")
    func shippedTheme() throws {
        let (theme, _) = Theme.load()
        let loaded = try #require(theme)
        #expect(Theme.checkNames(loaded.library, origins: loaded.templateOrigins).isEmpty)
        #expect(!PageModels.schemas.isEmpty)
    }

    @Test("a misspelt name in an override is one error at its file, line and column, with a did-you-mean")
    func misspeltOverride() throws {
        let plan = try #require(ThemeFile.builtin["templates/plan.mustache"]?.text())
        let broken = plan.replacingOccurrences(
            of: "<dt>Known as</dt><dd>{{knownAs}}</dd>", with: "<dt>Known as</dt><dd>{{knwonAs}}</dd>")
        #expect(broken != plan)
        let root = try overrideFolder(["plan.mustache": broken])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (theme, diagnostics) = Theme.load(directories: [root])
        #expect(theme == nil)
        let lines = broken.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains("{{knwonAs}}") }) + 1
        let column = try #require(lines[line - 1].range(of: "{{knwonAs}}")).lowerBound.utf16Offset(in: lines[line - 1]) + 1
        #expect(
            diagnostics.map(\.location) == [
                SourceLocation(file: Theme.absolute(root) + "/templates/plan.mustache", line: line, column: column)
            ])
        #expect(diagnostics.first?.rule == Theme.unknownNameRule)
        #expect(diagnostics.first?.hint == "did you mean 'knownAs'?")
        #expect(diagnostics.first?.message.contains("'knwonAs'") == true)
    }

    @Test("a misspelt name in an overridden partial is reported in the partial's file")
    func misspeltPartial() throws {
        let root = try overrideFolder([
            "linked-from.mustache": "{{#linkedFrom}}<a href=\"{{url}}\">{{titel}}</a>{{/linkedFrom}}\n"
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (theme, diagnostics) = Theme.load(directories: [root])
        #expect(theme == nil)
        #expect(
            diagnostics.map(\.location) == [
                SourceLocation(file: Theme.absolute(root) + "/templates/linked-from.mustache", line: 1, column: 34)
            ])
        #expect(diagnostics.first?.hint == "did you mean 'title'?")
    }

    @Test("a plan template that uses only names its model has loads, also names of the page around the plan")
    func validOverride() throws {
        let root = try overrideFolder([
            "plan.mustache":
                "{{<base}}{{$main}}{{#plan}}<h1>{{name}}</h1>{{setting}} {{#needs}}{{title}} {{root}}{{/needs}}{{/plan}}{{/main}}{{/base}}\n"
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (theme, diagnostics) = Theme.load(directories: [root])
        #expect(diagnostics.isEmpty)
        #expect(theme != nil)
    }
}
