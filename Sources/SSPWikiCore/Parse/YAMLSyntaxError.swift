/// What is wrong with a YAML text, as libyaml or `YAMLComposer` found it, before
/// `diagnostic(yaml:file:firstLine:)` puts it into plain words at the line of the mistake.
struct YAMLSyntaxError: Error, Equatable {
    enum Kind: Equatable, Sendable {
        /// libyaml's reader (a character YAML does not allow), scanner (tokens) or parser (structure).
        case reader, scanner, parser
        /// Found by the composer: a key written twice in one mapping (`name` lists them), an
        /// alias whose anchor was never written (`name`), a second document in the text.
        case duplicateKeys, undefinedAlias, secondDocument
        /// Lists and mappings nested deeper than `YAMLComposer` reads.
        case tooDeep
    }

    /// The scalar read last before the error: a quote left open shows as a quoted scalar that
    /// runs on over the following lines.
    struct LastScalar: Equatable, Sendable {
        var mark: Node.Mark
        var end: Node.Mark
        var quoted: Bool
    }

    var kind: Kind
    /// libyaml's own words, such as "could not find expected ':'".
    var problem: String
    /// Where libyaml stopped (often after the mistake).
    var mark: Node.Mark
    /// What libyaml was reading and where that began, such as "while scanning a simple key".
    var context: String?
    var contextMark: Node.Mark?
    /// For reader errors: the byte offset of the bad character.
    var byteOffset: Int?
    var lastScalar: LastScalar?
    /// The key, keys or alias name the composer's errors are about.
    var name: String?

    init(_ kind: Kind, problem: String = "", at mark: Node.Mark, name: String? = nil) {
        self.kind = kind
        self.problem = problem
        self.mark = mark
        self.name = name
    }
}
