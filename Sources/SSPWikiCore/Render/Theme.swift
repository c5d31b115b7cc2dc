import Foundation
import Mustache

/// The templates and assets pages are rendered with: the default theme, with any file of
/// the same name in an override folder (`--theme DIR`) taking its place.
public struct Theme: Sendable {
    public let library: MustacheLibrary
    /// Asset files by their path under `assets/` (such as `style.css`), with the file to copy.
    public let assets: [String: String]
    /// Archetype files (templates for `sspwiki new`) by file name.
    public let archetypes: [String: String]
    /// The folders the theme was read from, default first.
    public let directories: [String]
    /// Each template's text by name, so a rebuild can tell which pages a template edit touches.
    public var templateTexts: [String: String] = [:]

    /// Reads the theme from `directories`, later folders overriding earlier ones file by file.
    public static func load(directories: [String]) -> (Theme?, [Diagnostic]) {
        var templates: [String: (text: String, path: String)] = [:]
        var assets: [String: String] = [:]
        var archetypes: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for directory in directories {
            let base = URL(fileURLWithPath: directory).standardizedFileURL.path
            for rel in files(under: base + "/templates") where rel.hasSuffix(".mustache") {
                let path = base + "/templates/" + rel
                if let text = try? String(contentsOfFile: path, encoding: .utf8) {
                    templates[String(rel.dropLast(".mustache".count))] = (text, path)
                }
            }
            for rel in files(under: base + "/assets") { assets[rel] = base + "/assets/" + rel }
            for rel in files(under: base + "/archetypes") { archetypes[rel] = base + "/archetypes/" + rel }
        }
        if templates.isEmpty {
            diagnostics.append(.error("no templates found in the theme", at: SourceLocation(file: directories.first ?? "themes/default"),
                                      hint: "run sspwiki from the project folder, or pass --theme-dir with a folder holding templates/"))
            return (nil, diagnostics)
        }
        var library = MustacheLibrary()
        for (name, template) in templates.sorted(by: { $0.key < $1.key }) {
            do {
                try library.register(template.text, named: name)
            } catch {
                diagnostics.append(.error("template '\(name)' cannot be read: \(error)", at: SourceLocation(file: template.path),
                                          hint: "check that every {{#section}} has its {{/section}}"))
            }
        }
        var theme = Theme(library: library, assets: assets, archetypes: archetypes, directories: directories)
        theme.templateTexts = templates.mapValues(\.text)
        return (theme, diagnostics)
    }

    /// Renders the template `name` with `context`.
    public func render(_ name: String, _ context: [String: Any]) -> String? {
        library.render(context, withTemplate: name)
    }

    static func files(under directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var found: [String] = []
        while let rel = enumerator.nextObject() as? String {
            let name = rel.split(separator: "/").last.map(String.init) ?? rel
            if name.hasPrefix(".") { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: directory + "/" + rel, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(rel)
            }
        }
        return found.sorted()
    }

    /// Finds the default theme: `$SSPWIKI_THEME_DIR`, or `themes/default` in the current folder,
    /// beside the executable, or in a folder above either.
    public static func locateDefault(executablePath: String = CommandLine.arguments.first ?? "") -> String? {
        if let env = ProcessInfo.processInfo.environment["SSPWIKI_THEME_DIR"], !env.isEmpty { return env }
        let fm = FileManager.default
        var starts = [fm.currentDirectoryPath]
        let executable = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent().path
        starts.append(executable)
        for start in starts {
            var url = URL(fileURLWithPath: start)
            for _ in 0..<8 {
                let candidate = url.appendingPathComponent("themes/default")
                if fm.fileExists(atPath: candidate.appendingPathComponent("templates").path) { return candidate.path }
                let shared = url.appendingPathComponent("share/sspwiki/themes/default")
                if fm.fileExists(atPath: shared.appendingPathComponent("templates").path) { return shared.path }
                url.deleteLastPathComponent()
            }
        }
        return nil
    }
}
