/// A set of Mustache templates compiled once, rendered many times from any thread.
///
/// Implements the Mustache specification (comments, delimiters, interpolation, sections,
/// inverted sections, partials and `~inheritance`: `{{<parent}}` with `{{$block}}`), plus the
/// swift-mustache transforms themes use (`{{^empty(list)}}`, `{{#last()}}`, …). Lambdas and
/// dynamic names (optional modules of the specification) are not supported.
package struct TemplateLibrary: Sendable {
    /// Each template's node tree, by number.
    let compiled: [[TemplateNode]]
    /// Template numbers by name.
    let numbers: [String: Int]
    /// Template names by number.
    let names: [String]

    /// Compiles every template of `sources` (text by name); a template with a mistake is left
    /// out and reported, one error per template.
    package static func compile(_ sources: [String: String]) -> (TemplateLibrary, [TemplateSyntaxError]) {
        let names = sources.keys.sorted()
        var numbers: [String: Int] = [:]
        for (number, name) in names.enumerated() { numbers[name] = number }
        var compiler = TemplateCompiler(templates: numbers)
        var compiled: [[TemplateNode]] = []
        var errors: [TemplateSyntaxError] = []
        for (number, name) in names.enumerated() {
            let bytes = Array(sources[name]!.utf8)
            do {
                let tokens = try TemplateTokenizer(bytes: bytes).tokens()
                compiled.append(try compiler.compile(tokens, template: number, bytes: bytes))
            } catch {
                let (line, column) = Self.position(of: error.offset, in: bytes)
                errors.append(TemplateSyntaxError(template: name, line: line, column: column, message: error.message))
                compiled.append([])
                numbers[name] = nil
            }
        }
        return (TemplateLibrary(compiled: compiled, numbers: numbers, names: names), errors)
    }

    /// Compiles `sources`, throwing the first mistake found.
    package init(_ sources: [String: String]) throws(TemplateSyntaxError) {
        let (library, errors) = Self.compile(sources)
        if let first = errors.first { throw first }
        self = library
    }

    private init(compiled: [[TemplateNode]], numbers: [String: Int], names: [String]) {
        self.compiled = compiled
        self.numbers = numbers
        self.names = names
    }

    /// Renders the template `name` with `context` (a `[String: Any]` hash, a `TemplateValue`,
    /// or any value); nil when there is no such template.
    package func render(_ name: String, _ context: Any) -> String? {
        render(name, value: context as? TemplateValue ?? TemplateValue(context))
    }

    /// Renders the template `name` with `context` as the outermost context.
    package func render(_ name: String, value context: TemplateValue) -> String? {
        guard let number = numbers[name] else { return nil }
        var renderer = TemplateRenderer(library: self, context: context)
        renderer.render(compiled[number])
        return renderer.result
    }

    /// 1-based line and column (in characters) of a byte offset.
    static func position(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self).count + 1
        return (line, column)
    }
}
