import Foundation
import SSPWikiTemplates

/// The templates and assets pages are rendered with: the default theme, built into the tool,
/// with any file of the same path in an override folder (`--theme DIR`) taking its place.
package struct Theme: Sendable {
    /// The templates, compiled once when the theme is loaded.
    package let library: TemplateLibrary
    /// Asset files by their path under `assets/` (such as `style.css`).
    package let assets: [String: ThemeFile]
    /// Archetype files (templates for `sspwiki new`) by file name.
    package let archetypes: [String: ThemeFile]
    /// The development server's own files by their path under `serve/` (such as `reload.js`).
    package let serveFiles: [String: ThemeFile]
    /// The override folders laid over the built-in theme, in order (empty for the default theme).
    package let directories: [String]
    /// Each template's text by name, so a rebuild can tell which pages a template edit touches.
    package var templateTexts: [String: String] = [:]
    /// Where each template came from, for diagnostics.
    package var templateOrigins: [String: String] = [:]

    /// Reads the built-in theme with `directories` laid over it, later folders overriding
    /// earlier ones file by file.
    package static func load(directories: [String] = []) -> (Theme?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        for directory in directories where !isDirectory(directory) {
            diagnostics.append(
                .error(
                    "the theme folder was not found", at: SourceLocation(file: absolute(directory)),
                    hint:
                        "pass --theme with a folder that holds templates/, assets/ or archetypes/ (sspwiki theme export DIR writes one)"
                ))
        }
        let files = ThemeFile.layered(overrides: directories)
        func folder(_ name: String) -> [String: ThemeFile] {
            var found: [String: ThemeFile] = [:]
            for (path, file) in files where path.hasPrefix(name + "/") { found[String(path.dropFirst(name.count + 1))] = file }
            return found
        }
        var templates: [String: (text: String, origin: String)] = [:]
        for (rel, file) in folder("templates") where rel.hasSuffix(".mustache") {
            guard let text = file.text() else {
                diagnostics.append(
                    .error(
                        "the template is not UTF-8 text", at: SourceLocation(file: file.origin),
                        hint: "save the file as UTF-8"))
                continue
            }
            templates[String(rel.dropLast(".mustache".count))] = (text, file.origin)
        }
        let (library, errors) = TemplateLibrary.compile(templates.mapValues(\.text))
        for error in errors {
            let origin = templates[error.template]?.origin ?? error.template
            diagnostics.append(
                .error(
                    "template '\(error.template)' cannot be read: \(error.message)",
                    at: SourceLocation(file: origin, line: error.line, column: error.column),
                    hint: "check that every {{#section}} has its {{/section}} and every tag its closing braces"))
        }
        diagnostics += checkNames(library, origins: templates.mapValues(\.origin))
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        var theme = Theme(
            library: library, assets: folder("assets"), archetypes: folder("archetypes"),
            serveFiles: folder("serve"), directories: directories)
        theme.templateTexts = templates.mapValues(\.text)
        theme.templateOrigins = templates.mapValues(\.origin)
        return (theme, diagnostics)
    }

    /// Renders the template `name` with `context`.
    package func render(_ name: String, _ context: [String: Any]) -> String? {
        library.render(name, value: .dictionary(context))
    }

    /// Renders the template `name` with a typed page model (an empty context when there is none).
    package func render(_ name: String, model: (some TemplateModel)?) -> String? {
        library.render(name, value: model.map { .object($0) } ?? .dictionary([:]))
    }

    /// Where the template `name` is, or would be in an override folder, for diagnostics.
    func origin(ofTemplate name: String) -> String {
        templateOrigins[name] ?? ThemeFile.builtinPrefix + "templates/\(name).mustache"
    }

    /// Every file under `directory` by its relative path, hidden files and folders left out.
    static func files(under directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var found: [String] = []
        while let rel = enumerator.nextObject() as? String {
            if rel.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: directory + "/" + rel, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(rel)
            }
        }
        return found.sorted()
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    static func absolute(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }
}
