/// How serious a diagnostic is. Errors stop a build; warnings and notes never do.
package enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case error
    case warning
    case note

    private var rank: Int {
        switch self {
        case .error: return 0
        case .warning: return 1
        case .note: return 2
        }
    }

    package static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A place in a content file: the path relative to the content folder, and a 1-based line and column.
package struct SourceLocation: Hashable, Sendable, Codable, Comparable {
    /// Path relative to the content folder, with `/` separators (for example `plans/amy-khan.md`).
    package var file: String
    /// 1-based line number; 0 when the problem concerns the whole file or folder.
    package var line: Int
    /// 1-based column number; 0 when unknown.
    package var column: Int

    package init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    package static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// One problem found in the content: where it is, how serious, what is wrong and how to fix it.
///
/// Every stage of the pipeline reports problems as values of this type; nothing in the
/// library prints or exits.
package struct Diagnostic: Hashable, Sendable, Codable {
    package var location: SourceLocation
    package var severity: Severity
    /// What is wrong, in plain English.
    package var message: String
    /// How to fix it, when there is something useful to say.
    package var hint: String?
    /// The id of the quality rule that produced it, if any (for example `target-no-baseline`).
    package var rule: String?

    package init(
        _ severity: Severity, at location: SourceLocation, _ message: String,
        hint: String? = nil, rule: String? = nil
    ) {
        self.location = location
        self.severity = severity
        self.message = message
        self.hint = hint
        self.rule = rule
    }

    package static func error(_ message: String, at location: SourceLocation, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint)
    }

    package static func warning(
        _ message: String, at location: SourceLocation, hint: String? = nil,
        rule: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hint: hint, rule: rule)
    }

    package var file: String { location.file }
    package var line: Int { location.line }
    package var column: Int { location.column }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    package var hasErrors: Bool { contains { $0.severity == .error } }

    /// Sorted like a compiler prints them: by file, line, column, then severity.
    package func sortedForDisplay() -> [Diagnostic] {
        sorted {
            if $0.location != $1.location { return $0.location < $1.location }
            if $0.severity != $1.severity { return $0.severity < $1.severity }
            return $0.message < $1.message
        }
    }
}
extension Diagnostic: Error {}
