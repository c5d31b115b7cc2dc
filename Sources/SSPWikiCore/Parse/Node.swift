/// One YAML value as `YAMLComposer` read it from libyaml's events: a scalar, a mapping or a
/// sequence, each with the 1-based line and column where it starts.
///
/// Plain values (structs and arrays, no classes): a front matter's tree is built in one pass
/// and read once by `FieldReader`. Scalars are kept as written (no tag resolution): the reader
/// decides what `yes`, `12` or `2026-09-08` mean for each field. An alias stands for a copy of
/// the node its anchor named.
enum Node: Sendable {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Items)

    /// Where a node starts in the YAML text (1-based; columns count Unicode code points).
    struct Mark: Sendable, Equatable {
        var line: Int
        var column: Int
    }

    /// A scalar's text, how it was written and its explicit tag (`!!str`), if any.
    struct Scalar: Sendable {
        enum Style: Sendable { case plain, singleQuoted, doubleQuoted, literal, folded }

        var string: String
        var style: Style
        var tag: String?
        var mark: Mark
    }

    /// A mapping's key/value pairs in the order written.
    struct Mapping: Sendable, RandomAccessCollection {
        var pairs: [(key: Node, value: Node)]
        var mark: Mark

        var startIndex: Int { pairs.startIndex }
        var endIndex: Int { pairs.endIndex }
        subscript(position: Int) -> (key: Node, value: Node) { pairs[position] }

        /// The value of the first key whose text is `key`.
        subscript(key: String) -> Node? { pairs.first(where: { $0.key.string == key })?.value }
    }

    /// A sequence's items in order.
    struct Items: Sendable, RandomAccessCollection {
        var items: [Node]
        var mark: Mark

        var startIndex: Int { items.startIndex }
        var endIndex: Int { items.endIndex }
        subscript(position: Int) -> Node { items[position] }
    }

    /// Where the node starts.
    var mark: Mark {
        switch self {
        case .scalar(let scalar): return scalar.mark
        case .mapping(let mapping): return mapping.mark
        case .sequence(let items): return items.mark
        }
    }

    /// The text of a scalar; nil for a mapping or a sequence.
    var string: String? {
        if case .scalar(let scalar) = self { return scalar.string }
        return nil
    }

    /// The value of `key` in a mapping; nil for anything else.
    subscript(key: String) -> Node? {
        if case .mapping(let mapping) = self { return mapping[key] }
        return nil
    }
}
