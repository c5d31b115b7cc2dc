/// Renders compiled nodes into one growing UTF-8 buffer.
///
/// Follows swift-mustache's rules so that pages stay byte for byte the same: a name missing
/// from the innermost context is looked up in the outer ones; `false`, nil and empty lists are
/// falsey, every other value (also `0` and `""`) truthy; `true` renders a section without
/// pushing a context; numbers print as Swift prints them.
struct TemplateRenderer {
    let library: TemplateLibrary
    private(set) var output: [UInt8] = []
    private var stack: [TemplateValue]
    private var position: SequencePosition?
    private var indentation: [UInt8] = []
    /// Block overrides in force, outermost first: the outermost one for a block wins.
    private var overrides: [BlockOverride] = []
    private var depth = 0

    /// Partials nested deeper than this render nothing, so a template that includes itself
    /// without end cannot exhaust the stack.
    static let maximumDepth = 200

    init(library: TemplateLibrary, context: TemplateValue) {
        self.library = library
        stack = [context]
        output.reserveCapacity(16_384)
    }

    var result: String { String(decoding: output, as: UTF8.self) }

    mutating func render(_ nodes: [TemplateNode]) { render(nodes[...]) }

    mutating func render(_ nodes: ArraySlice<TemplateNode>) {
        for node in nodes {
            switch node {
            case .text(let text):
                output.append(contentsOf: text)
            case .lineStart:
                if !indentation.isEmpty { output.append(contentsOf: indentation) }
            case .variable(let name, let escaped):
                guard let value = lookup(name) else { continue }
                if escaped { HTMLEscaping.append(value.text, to: &output) } else { output.append(contentsOf: value.text.utf8) }
            case .section(let name, let children, let inverted):
                let value = lookup(name)
                if inverted { renderInverted(value, children) } else { renderSection(value, children) }
            case .partial(let template, let indent):
                include(template, indentation: indent, overrides: [])
            case .parent(let template, let indent, let passed):
                include(template, indentation: indent, overrides: passed)
            case .block(let block):
                expand(block)
            }
        }
    }

    private mutating func renderSection(_ value: TemplateValue?, _ children: [TemplateNode]) {
        switch value {
        case nil, .null?: return
        case .bool(let truth)?: if truth { render(children) }
        case .list(let list)?:
            let saved = position
            for index in 0..<list.count {
                stack.append(list[index])
                position = SequencePosition(index: index, count: list.count)
                render(children)
                stack.removeLast()
            }
            position = saved
        case let value?:
            push(value) { $0.render(children) }
        }
    }

    private mutating func renderInverted(_ value: TemplateValue?, _ children: [TemplateNode]) {
        switch value {
        case nil, .null?: render(children)
        case .bool(let truth)?: if !truth { render(children) }
        case .list(let list)?: if list.count == 0 { push(.list(list)) { $0.render(children) } }
        case .some: return
        }
    }

    /// Renders with `value` as the innermost context (outside any list's position).
    private mutating func push(_ value: TemplateValue, _ body: (inout TemplateRenderer) -> Void) {
        let saved = position
        stack.append(value)
        position = nil
        body(&self)
        stack.removeLast()
        position = saved
    }

    /// A partial (no overrides) or a parent: the template rendered in the current context,
    /// indented, with `passed` overrides added after the ones in force.
    private mutating func include(_ template: Int, indentation extra: [UInt8]?, overrides passed: [BlockOverride]) {
        guard template >= 0, depth < Self.maximumDepth else { return }
        let saved = (indentation, overrides.count, position)
        if let extra { indentation += extra }
        overrides += passed
        position = nil
        depth += 1
        var nodes = library.compiled[template][...]
        // Inline (not standalone) the first line continues the caller's line.
        if extra == nil, case .lineStart? = nodes.first { nodes = nodes.dropFirst() }
        render(nodes)
        depth -= 1
        (indentation, position) = (saved.0, saved.2)
        overrides.removeLast(overrides.count - saved.1)
    }

    private mutating func expand(_ block: TemplateBlock) {
        guard let override = overrides.first(where: { $0.id == block.id }) else {
            let saved = position
            position = nil
            render(block.defaultContent)
            position = saved
            return
        }
        let saved = (indentation, position)
        indentation += block.indentation
        position = nil
        var nodes = override.content[...]
        if !block.indentsFirstLine, case .lineStart? = nodes.first { nodes = nodes.dropFirst() }
        render(nodes)
        (indentation, position) = saved
    }

    /// Resolves a name as swift-mustache does: `.` is the innermost context; the first part of
    /// a dotted name is searched from the innermost context outwards, the rest inside what it
    /// found; transforms then apply innermost first.
    private func lookup(_ name: TemplateName) -> TemplateValue? {
        var value: TemplateValue?
        if name.asksSequence {
            guard let position else { return nil }
            var transforms = name.transforms
            let last = transforms.removeLast()
            value = position.apply(last)
            for transform in transforms.reversed() { value = value?.apply(transform) }
            return value
        }
        if name.parts.isEmpty {
            value = stack[stack.count - 1]
        } else if name.anchored {
            value = stack[stack.count - 1]
            for key in name.keys { value = value?.member(key) }
        } else {
            for context in stack.reversed() {
                if let found = context.member(name.keys[0]) {
                    value = found
                    break
                }
            }
            for key in name.keys.dropFirst() { value = value?.member(key) }
        }
        if case .null? = value { return nil }
        for transform in name.transforms.reversed() {
            guard let current = value else { return nil }
            value = current.apply(transform)
        }
        return value
    }
}
