/// Turns one template's tokens into a node tree: sections nested, partials and parents resolved
/// to the library's template numbers, block names numbered, override content dedented.
struct TemplateCompiler {
    /// Template numbers by name, for partials and parents.
    let templates: [String: Int]
    /// Block numbers by name, shared across the library; grows as blocks are met.
    var blocks: [String: Int] = [:]
    /// The number of the template being compiled and the byte offsets its lines start at, for
    /// the positions of names.
    private(set) var template = -1
    private(set) var lineStarts: [Int] = [0]
    private(set) var bytes: [UInt8] = []

    typealias Failure = TemplateTokenizer.Failure
    private typealias Tag = TemplateTokenizer.Tag

    /// What an open tag is collecting until its close.
    private struct Frame {
        var tag: Tag
        var nodes: [TemplateNode] = []
        var overrides: [BlockOverride] = []
    }

    /// Compiles the tokens of the template `number` whose text is `bytes`.
    mutating func compile(
        _ tokens: [TemplateTokenizer.Token], template number: Int, bytes: [UInt8]
    ) throws(Failure) -> [TemplateNode] {
        template = number
        self.bytes = bytes
        lineStarts = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
        return try nodes(of: tokens)
    }

    /// The name written in `tag`, with its position.
    private func name(_ tag: Tag) -> TemplateName {
        // The last line starting at or before the tag.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= tag.offset { low = middle } else { high = middle - 1 }
        }
        let column = String(decoding: bytes[lineStarts[low]..<min(tag.offset, bytes.count)], as: UTF8.self).count + 1
        return TemplateName(tag.content, at: TemplatePosition(template: template, line: low + 1, column: column))
    }

    private mutating func nodes(of tokens: [TemplateTokenizer.Token]) throws(Failure) -> [TemplateNode] {
        var stack: [Frame] = []
        var top: [TemplateNode] = []
        func append(_ node: TemplateNode) {
            if stack.isEmpty { top.append(node) } else { stack[stack.count - 1].nodes.append(node) }
        }
        var insideParent: Bool { stack.last?.tag.kind == .parent }
        for token in tokens {
            switch token {
            case .text(let text):
                if !insideParent { append(.text(text)) }
            case .lineStart:
                if !insideParent { append(.lineStart) }
            case .tag(let tag):
                switch tag.kind {
                case .comment, .delimiters:
                    continue
                case .section, .inverted, .parent, .block:
                    stack.append(Frame(tag: tag))
                    continue
                case .close:
                    guard let frame = stack.popLast() else {
                        throw Failure(offset: tag.offset, message: "{{/\(tag.content)}} closes a section that was never opened")
                    }
                    guard frame.tag.content == tag.content else {
                        throw Failure(
                            offset: tag.offset,
                            message:
                                "{{/\(tag.content)}} does not match the open {{\(Self.sigil(frame.tag.kind))\(frame.tag.content)}}"
                        )
                    }
                    try close(frame, into: &stack, top: &top)
                    continue
                case .variable, .unescaped, .partial:
                    if insideParent {
                        throw Failure(
                            offset: tag.offset,
                            message: "only {{$block}} tags may stand inside {{<\(stack[stack.count - 1].tag.content)}}")
                    }
                    append(node(for: tag))
                }
            }
        }
        if let open = stack.last {
            throw Failure(
                offset: open.tag.offset,
                message:
                    "{{\(Self.sigil(open.tag.kind))\(open.tag.content)}} is never closed: {{/\(open.tag.content)}} is missing")
        }
        return top
    }

    private func node(for tag: Tag) -> TemplateNode {
        switch tag.kind {
        case .partial:
            .partial(template: templates[tag.content] ?? -1, indentation: tag.standalone)
        case .unescaped:
            .variable(name(tag), escaped: false)
        default:
            .variable(name(tag), escaped: true)
        }
    }

    private mutating func close(_ frame: Frame, into stack: inout [Frame], top: inout [TemplateNode]) throws(Failure) {
        let tag = frame.tag
        let enclosingIsParent = stack.last?.tag.kind == .parent
        if tag.kind != .block, enclosingIsParent {
            throw Failure(
                offset: tag.offset, message: "only {{$block}} tags may stand inside {{<\(stack[stack.count - 1].tag.content)}}")
        }
        let node: TemplateNode
        switch tag.kind {
        case .section, .inverted:
            node = .section(name(tag), frame.nodes, inverted: tag.kind == .inverted)
        case .parent:
            node = .parent(template: templates[tag.content] ?? -1, indentation: tag.standalone, overrides: frame.overrides)
        default:
            let id = blockID(tag.content)
            if enclosingIsParent {
                // Content passed to a parent loses the indentation of its first line, so that
                // it takes the indentation of the place it fills.
                var content = frame.nodes
                if tag.standalone != nil { content = Self.dedent(content, by: Self.firstLineIndentation(content)?.count ?? 0) }
                stack[stack.count - 1].overrides.append(BlockOverride(id: id, content: content))
                return
            }
            node = .block(block(id: id, tag: tag, content: frame.nodes))
        }
        if stack.isEmpty { top.append(node) } else { stack[stack.count - 1].nodes.append(node) }
    }

    /// A block filled in where it stands: an override is indented as the default content's first
    /// line is, or as the tag when it stands alone; a block after indentation on its line is
    /// indented from its second line on.
    private func block(id: Int, tag: Tag, content: [TemplateNode]) -> TemplateBlock {
        if let space = tag.standalone {
            return TemplateBlock(
                id: id, defaultContent: content, indentation: Self.firstLineIndentation(content) ?? space,
                indentsFirstLine: true)
        }
        return TemplateBlock(id: id, defaultContent: content, indentation: tag.leading ?? [], indentsFirstLine: false)
    }

    private mutating func blockID(_ name: String) -> Int {
        if let id = blocks[name] { return id }
        blocks[name] = blocks.count
        return blocks.count - 1
    }

    /// The spaces and tabs that open the first line of `nodes`, when they start a line.
    static func firstLineIndentation(_ nodes: [TemplateNode]) -> [UInt8]? {
        guard nodes.count >= 1, case .lineStart = nodes[0] else { return nil }
        guard nodes.count >= 2, case .text(let text) = nodes[1] else { return [] }
        return Array(text.prefix(while: { $0 == 0x20 || $0 == 0x09 }))
    }

    /// `nodes` with up to `count` spaces or tabs removed from the start of every line.
    static func dedent(_ nodes: [TemplateNode], by count: Int) -> [TemplateNode] {
        guard count > 0 else { return nodes }
        var result: [TemplateNode] = []
        var atLineStart = false
        for node in nodes {
            switch node {
            case .lineStart:
                atLineStart = true
                result.append(node)
                continue
            case .text(let text) where atLineStart:
                let rest = dedent(text, by: count)
                if !rest.isEmpty { result.append(.text(rest)) }
            case .section(let name, let children, let inverted):
                result.append(.section(name, dedent(children, by: count), inverted: inverted))
            case .block(let block):
                result.append(
                    .block(
                        TemplateBlock(
                            id: block.id, defaultContent: dedent(block.defaultContent, by: count),
                            indentation: dedent(block.indentation, by: count),
                            indentsFirstLine: block.indentsFirstLine)))
            case .parent(let template, let indentation, let overrides):
                result.append(
                    .parent(template: template, indentation: indentation.map { dedent($0, by: count) }, overrides: overrides))
            case .partial(let template, let indentation):
                result.append(.partial(template: template, indentation: indentation.map { dedent($0, by: count) }))
            default:
                result.append(node)
            }
            atLineStart = false
        }
        return result
    }

    /// `text` without up to `count` spaces or tabs at its start.
    static func dedent(_ text: [UInt8], by count: Int) -> [UInt8] {
        Array(text.dropFirst(text.prefix(count).prefix(while: { $0 == 0x20 || $0 == 0x09 }).count))
    }

    static func sigil(_ kind: TemplateTokenizer.Kind) -> String {
        switch kind {
        case .section: "#"
        case .inverted: "^"
        case .parent: "<"
        case .block: "$"
        default: ""
        }
    }
}
