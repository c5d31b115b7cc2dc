import Foundation

/// Turns diagnostics into the text a person reads in a terminal or an editor's problem list:
/// `path:line:col: error: message` followed by an indented hint.
package struct DiagnosticFormatter: Sendable {
    /// The content folder as the user named it, prefixed to each relative file path so that
    /// editors can jump to the file from the terminal.
    package var contentPrefix: String
    /// Files outside the content folder named as the user gave them (the register of
    /// `import register`), printed as they are.
    package var filesAsGiven: Set<String>

    package init(contentPrefix: String, filesAsGiven: Set<String> = []) {
        self.contentPrefix = contentPrefix
        self.filesAsGiven = filesAsGiven
    }

    /// The path as shown to the user: a path inside the content folder behind the folder's
    /// name, an absolute path or a built-in theme file as it is.
    package func displayPath(_ file: String) -> String {
        if file.isEmpty { return contentPrefix }
        if file.hasPrefix("/") || file.hasPrefix("built-in:") || filesAsGiven.contains(file) { return file }
        if contentPrefix.isEmpty || contentPrefix == "." { return file }
        return contentPrefix.hasSuffix("/") ? contentPrefix + file : contentPrefix + "/" + file
    }

    /// One diagnostic as one or two lines of text; what comes from the content is escaped
    /// for the terminal (`TerminalText`).
    package func format(_ diagnostic: Diagnostic) -> String {
        var position = TerminalText.escaped(displayPath(diagnostic.file))
        if diagnostic.line > 0 {
            position += ":\(diagnostic.line)"
            if diagnostic.column > 0 { position += ":\(diagnostic.column)" }
        }
        var label = diagnostic.severity.rawValue
        if let rule = diagnostic.rule { label += "[\(rule)]" }
        var text = "\(position): \(label): \(TerminalText.escaped(diagnostic.message))"
        if let hint = diagnostic.hint, !hint.isEmpty {
            text += "\n    hint: \(TerminalText.escaped(hint))"
        }
        return text
    }

    /// All diagnostics, sorted, followed by a one-line summary when there are any.
    package func format(all diagnostics: [Diagnostic]) -> String {
        let sorted = diagnostics.sortedForDisplay()
        var lines = sorted.map(format)
        let errors = sorted.filter { $0.severity == .error }.count
        let warnings = sorted.filter { $0.severity == .warning }.count
        if errors + warnings > 0 {
            lines.append("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        }
        return lines.joined(separator: "\n")
    }
}
