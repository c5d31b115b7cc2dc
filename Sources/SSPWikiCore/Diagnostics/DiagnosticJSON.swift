import Foundation

/// The machine-readable report of `sspwiki check --format json`, for editors and CI.
///
/// The schema is documented in docs/quality-checks.md. It only grows: fields are never
/// renamed or removed without raising `schemaVersion`.
package struct DiagnosticJSON: Codable, Sendable, Equatable {
    /// The version of this layout; 1 for now.
    package static let currentSchemaVersion = 1

    package struct Entry: Codable, Sendable, Equatable {
        /// Path relative to the content folder, with `/` separators.
        package var file: String
        /// The path as the user named it on the command line (content folder + file).
        package var path: String
        /// 1-based; 0 when the problem concerns the whole file.
        package var line: Int
        /// 1-based; 0 when unknown.
        package var column: Int
        /// `error`, `warning` or `note`.
        package var severity: String
        /// The quality rule's id, or null for problems found by loading, parsing, validation or linking.
        package var rule: String?
        package var message: String
        package var hint: String?
    }

    package struct Summary: Codable, Sendable, Equatable {
        package var errors: Int
        package var warnings: Int
        package var notes: Int
        /// Number of diagnostics per quality rule id (rules with none are left out).
        package var rules: [String: Int]
    }

    package var schemaVersion: Int
    /// The version of sspwiki that wrote the report.
    package var tool: String
    /// The content folder as the user named it.
    package var content: String
    package var summary: Summary
    /// Every diagnostic, sorted by file, line, column and severity.
    package var diagnostics: [Entry]

    package init(_ diagnostics: [Diagnostic], contentPrefix: String) {
        let formatter = DiagnosticFormatter(contentPrefix: contentPrefix)
        let sorted = diagnostics.sortedForDisplay()
        self.schemaVersion = Self.currentSchemaVersion
        self.tool = "sspwiki \(SSPWikiVersion.current)"
        self.content = contentPrefix
        self.diagnostics = sorted.map { d in
            Entry(
                file: d.file, path: formatter.displayPath(d.file), line: d.line, column: d.column,
                severity: d.severity.rawValue, rule: d.rule, message: d.message, hint: d.hint)
        }
        var rules: [String: Int] = [:]
        for rule in sorted.compactMap(\.rule) { rules[rule, default: 0] += 1 }
        summary = Summary(
            errors: sorted.filter { $0.severity == .error }.count,
            warnings: sorted.filter { $0.severity == .warning }.count,
            notes: sorted.filter { $0.severity == .note }.count,
            rules: rules)
    }

    /// The report as pretty-printed JSON with sorted keys; `rule` and `hint` are written as
    /// null when absent so every entry has the same keys.
    package func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}

extension DiagnosticJSON.Entry {
    enum CodingKeys: String, CodingKey { case file, path, line, column, severity, rule, message, hint }

    package func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(path, forKey: .path)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encode(severity, forKey: .severity)
        try container.encode(rule, forKey: .rule)
        try container.encode(message, forKey: .message)
        try container.encode(hint, forKey: .hint)
    }
}
