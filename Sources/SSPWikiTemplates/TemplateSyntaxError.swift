/// A mistake in a template's text, with where it is.
package struct TemplateSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The template's name (its path under `templates/` without `.mustache`).
    package var template: String
    /// 1-based line and column (in characters) of the tag at fault.
    package var line: Int
    package var column: Int
    /// What is wrong, in plain words.
    package var message: String

    package init(template: String, line: Int, column: Int, message: String) {
        self.template = template
        self.line = line
        self.column = column
        self.message = message
    }

    package var description: String { "\(template):\(line):\(column): \(message)" }
}
