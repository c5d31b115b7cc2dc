import Foundation

/// One file of a theme: built into the tool (the default theme) or read from a `--theme`
/// folder, which replaces the built-in file of the same path.
package struct ThemeFile: Sendable {
    /// Where the text comes from.
    package enum Source: Sendable {
        /// The default theme, built into the executable.
        case builtin(String)
        /// A file in an override folder, by its absolute path.
        case file(String)
    }

    /// The path inside the theme, with `/` separators (such as `templates/plan.mustache`).
    package let path: String
    package let source: Source

    /// The prefix of diagnostic paths that point into the built-in theme.
    package static let builtinPrefix = "built-in:themes/default/"
    /// How diagnostics name a starter file of `sspwiki init` built into the tool.
    package static let starterPrefix = "built-in:starter/"

    /// Where the file is, as a diagnostic names it: the override file's absolute path, or the
    /// built-in file under `built-in:themes/default/`.
    package var origin: String {
        switch source {
        case .builtin: return Self.builtinPrefix + path
        case .file(let absolute): return absolute
        }
    }

    /// The file's text (nil when an override file cannot be read as UTF-8).
    package func text() -> String? {
        switch source {
        case .builtin(let text): return text
        case .file(let absolute): return try? String(contentsOfFile: absolute, encoding: .utf8)
        }
    }

    /// The file as the site copies it: built-in text is written, an override file copied.
    var contents: OutputFile.Contents {
        switch source {
        case .builtin(let text): return .text(text)
        case .file(let absolute): return .copy(from: absolute)
        }
    }

    /// The default theme's files, by path.
    package static var builtin: [String: ThemeFile] {
        Dictionary(uniqueKeysWithValues: BuiltinFiles.theme.map { ($0.key, ThemeFile(path: $0.key, source: .builtin($0.value))) })
    }

    /// The built-in theme with each override folder laid over it in turn, file by file.
    package static func layered(overrides: [String]) -> [String: ThemeFile] {
        var files = builtin
        for directory in overrides {
            let base = URL(fileURLWithPath: directory).standardizedFileURL.path
            for rel in Theme.files(under: base) {
                files[rel] = ThemeFile(path: rel, source: .file(base + "/" + rel))
            }
        }
        return files
    }
}
