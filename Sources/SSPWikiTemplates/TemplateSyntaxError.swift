/// A mistake in a template's text, with where it is.
public struct TemplateSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The template's name (its path under `templates/` without `.mustache`).
    public var template: String
    /// 1-based line and column (in characters) of the tag at fault.
    public var line: Int
    public var column: Int
    /// What is wrong, in plain words.
    public var message: String

    public init(template: String, line: Int, column: Int, message: String) {
        self.template = template
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(template):\(line):\(column): \(message)" }
}
