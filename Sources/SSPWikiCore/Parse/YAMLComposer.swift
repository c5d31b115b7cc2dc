import CYAML

/// Turns YAML text into a `Node` tree in one pass over libyaml's parser events, reporting
/// malformed YAML in plain words at the line of the mistake (`YAMLSyntaxError`).
///
/// The only file that imports `CYAML` (Debian's libyaml, linked from its static archive).
enum YAMLComposer {
    /// The single document in `yaml`, nil when there is none (empty or only comments).
    static func compose(_ yaml: String, file: String, firstLine: Int) -> Result<Node?, Diagnostic> {
        read(yaml).mapError { $0.diagnostic(yaml: yaml, file: file, firstLine: firstLine) }
    }

    /// The single document in `yaml`, or what is wrong with it as libyaml and the composer saw it.
    static func read(_ yaml: String) -> Result<Node?, YAMLSyntaxError> {
        var text = yaml
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count > 0 else { return .success(nil) }
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                return .failure(YAMLSyntaxError(.reader, problem: "out of memory", at: Node.Mark(line: 1, column: 1)))
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, base, bytes.count)
            var builder = NodeBuilder()
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    return .failure(libyamlError(parser, lastScalar: builder.lastScalar))
                }
                defer { yaml_event_delete(&event) }
                do throws(YAMLSyntaxError) {
                    if try builder.add(event) { return .success(builder.root) }
                } catch {
                    return .failure(error)
                }
            }
        }
    }

    fileprivate static func mark(_ mark: yaml_mark_t) -> Node.Mark {
        Node.Mark(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    fileprivate static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?, _ length: Int) -> String {
        guard let pointer else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    fileprivate static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private static func libyamlError(_ parser: yaml_parser_t, lastScalar: YAMLSyntaxError.LastScalar?) -> YAMLSyntaxError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        let kind: YAMLSyntaxError.Kind
        switch parser.error {
        case YAML_READER_ERROR: kind = .reader
        case YAML_SCANNER_ERROR: kind = .scanner
        default: kind = .parser
        }
        var error = YAMLSyntaxError(kind, problem: problem, at: mark(parser.problem_mark))
        if kind == .reader { error.byteOffset = Int(parser.problem_offset) }
        if let context = parser.context {
            error.context = String(cString: context)
            error.contextMark = mark(parser.context_mark)
        }
        error.lastScalar = lastScalar
        return error
    }
}

/// Builds nodes from events with a stack of open mappings and sequences (no recursion, so
/// deep nesting cannot exhaust the stack).
private struct NodeBuilder {
    struct Frame {
        var isMapping: Bool
        var mark: Node.Mark
        var anchor: String?
        var pairs: [(key: Node, value: Node)] = []
        var items: [Node] = []
        var key: Node?
    }

    /// Front matter needs a few levels; a limit keeps a hostile text from nesting so deep
    /// that freeing the tree (which is recursive) exhausts the stack.
    static let maximumDepth = 64

    var stack: [Frame] = []
    var anchors: [String: Node] = [:]
    var root: Node?
    var documents = 0
    var lastScalar: YAMLSyntaxError.LastScalar?

    /// Takes one event; true at the end of the stream.
    mutating func add(_ event: yaml_event_t) throws(YAMLSyntaxError) -> Bool {
        let start = YAMLComposer.mark(event.start_mark)
        switch event.type {
        case YAML_STREAM_END_EVENT:
            return true
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 { throw YAMLSyntaxError(.secondDocument, at: start) }
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let style: Node.Scalar.Style
            switch data.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: style = .literal
            case YAML_FOLDED_SCALAR_STYLE: style = .folded
            default: style = .plain
            }
            lastScalar = .init(
                mark: start, end: YAMLComposer.mark(event.end_mark), quoted: style == .singleQuoted || style == .doubleQuoted)
            let scalar = Node.Scalar(
                string: YAMLComposer.text(data.value, Int(data.length)), style: style,
                tag: YAMLComposer.text(data.tag), mark: start)
            finish(.scalar(scalar), anchor: YAMLComposer.text(data.anchor))
        case YAML_ALIAS_EVENT:
            let name = YAMLComposer.text(event.data.alias.anchor) ?? ""
            guard let node = anchors[name] else {
                throw YAMLSyntaxError(.undefinedAlias, at: start, name: name)
            }
            finish(node, anchor: nil)
        case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
            guard stack.count < Self.maximumDepth else { throw YAMLSyntaxError(.tooDeep, at: start) }
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
            stack.append(Frame(isMapping: isMapping, mark: start, anchor: YAMLComposer.text(anchor)))
        case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
            guard let frame = stack.popLast() else { break }
            if frame.isMapping {
                try Self.checkDuplicates(frame.pairs)
                finish(.mapping(Node.Mapping(pairs: frame.pairs, mark: frame.mark)), anchor: frame.anchor)
            } else {
                finish(.sequence(Node.Items(items: frame.items, mark: frame.mark)), anchor: frame.anchor)
            }
        default:
            break
        }
        return false
    }

    /// Hands a complete node to the mapping or sequence around it (or makes it the root).
    private mutating func finish(_ node: Node, anchor: String?) {
        if let anchor { anchors[anchor] = node }
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        if !stack[top].isMapping {
            stack[top].items.append(node)
        } else if let key = stack[top].key {
            stack[top].pairs.append((key, node))
            stack[top].key = nil
        } else {
            stack[top].key = node
        }
    }

    /// A key written twice in one mapping is an error at its first place (the mappings of
    /// front matter are small, so comparing each key with those before it is cheapest).
    private static func checkDuplicates(_ pairs: [(key: Node, value: Node)]) throws(YAMLSyntaxError) {
        var repeated: [(key: String, mark: Node.Mark)] = []
        var seen: [String: Node.Mark] = [:]
        let large = pairs.count > 32
        for index in pairs.indices {
            guard let key = pairs[index].key.string else { continue }
            let first: Node.Mark?
            if large {
                first = seen[key]
                if first == nil { seen[key] = pairs[index].key.mark }
            } else {
                first = pairs[..<index].first(where: { $0.key.string == key })?.key.mark
            }
            if let first, !repeated.contains(where: { $0.key == key }) { repeated.append((key, first)) }
        }
        guard !repeated.isEmpty else { return }
        repeated.sort { $0.key < $1.key }
        throw YAMLSyntaxError(.duplicateKeys, at: repeated[0].mark, name: repeated.map(\.key).joined(separator: "', '"))
    }
}
