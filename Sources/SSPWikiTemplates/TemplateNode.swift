/// One piece of a compiled template.
indirect enum TemplateNode: Sendable {
    /// Text copied as it is, already in UTF-8.
    case text([UInt8])
    /// The start of a line of the template's source: writes the current indentation (of a
    /// standalone partial or of a block), so every line of an indented partial is indented.
    case lineStart
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (not escaped).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}` or, inverted, `{{^name}}…{{/name}}`.
    case section(TemplateName, [TemplateNode], inverted: Bool)
    /// `{{>name}}`: the template at `template` in the library (-1 when there is none); the
    /// indentation is nil when the tag is inline (not alone on its line).
    case partial(template: Int, indentation: [UInt8]?)
    /// `{{<name}}…{{/name}}`: the template at `template` with its blocks overridden.
    case parent(template: Int, indentation: [UInt8]?, overrides: [BlockOverride])
    /// `{{$name}}…{{/name}}` where a block is filled in: the override passed from outside, or
    /// the default content.
    case block(TemplateBlock)
}

/// A `{{$name}}` block where it is filled in.
struct TemplateBlock: Sendable {
    /// The block's name, numbered across the library.
    let id: Int
    let defaultContent: [TemplateNode]
    /// The indentation an override is rendered with.
    let indentation: [UInt8]
    /// False when the block starts mid-line after the indentation (which is then written as
    /// text already), so the override's first line is not indented again.
    let indentsFirstLine: Bool
}

/// A `{{$name}}…{{/name}}` inside a `{{<parent}}`: content replacing the parent's block `id`.
struct BlockOverride: Sendable {
    let id: Int
    let content: [TemplateNode]
}

/// A name as written in a tag, split once at compile time.
struct TemplateName: Sendable {
    /// The dotted parts (`a.b.c` → a, b, c); empty for `.`.
    let parts: [String]
    /// The same parts as keys, for rendering.
    let keys: [TemplateKey]
    /// True for `.` and for names written with a leading dot, which look only in the
    /// innermost context.
    let anchored: Bool
    /// swift-mustache transforms, outermost first (`empty(plans)` → `.empty`).
    let transforms: [TemplateTransform]
    /// The name as written, for messages.
    let source: String
    /// Where the tag stands in its template's text, for `TemplateLibrary.check`; rendering
    /// never reads it.
    let position: TemplatePosition

    init(_ source: String, at position: TemplatePosition = TemplatePosition(template: -1, line: 0, column: 0)) {
        self.source = source
        self.position = position
        var name = Substring(source)
        var transforms: [TemplateTransform] = []
        // `f(g(name))`: each transform's name, then the name inside the innermost brackets.
        while let open = name.firstIndex(of: "("), name.last == ")" {
            transforms.append(TemplateTransform(String(name[..<open])))
            name = name[name.index(after: open)..<name.index(before: name.endIndex)]
        }
        self.transforms = transforms
        anchored = name.first == "."
        parts = name == "." ? [] : name.split(separator: ".").map(String.init)
        keys = parts.map(TemplateKey.init)
    }

    /// Transforms written without a name (`last()`) ask about the current list element.
    var asksSequence: Bool { parts.isEmpty && !anchored && !transforms.isEmpty }
}

/// A tag's place: the template (by number in its library) and the 1-based line and column.
struct TemplatePosition: Sendable, Hashable {
    let template: Int
    let line: Int
    let column: Int
}
