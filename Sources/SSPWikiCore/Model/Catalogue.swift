/// One INDES section (an area of need) with its level scale, from `indes/<code>.md`.
public struct IndesSection: Sendable, Identifiable {
    public let id: String
    public let path: String
    public var title: String
    public var area: String?
    public var levels: [IndesLevel]
    public var body: String
    public var bodyLine: Int
    public var document = MarkdownDocument()
    public var locations: FieldLocations

    /// The label of a level, if the scale has it.
    public func label(for level: Int) -> String? {
        levels.first(where: { $0.level == level })?.label
    }
}

/// One step of an INDES scale.
public struct IndesLevel: Sendable, Hashable {
    public var level: Int
    public var label: String
}

/// One PEaSS provision or strategy from the setting's catalogue, from `peass/<id>.md`.
public struct PeassEntry: Sendable, Identifiable {
    public let id: String
    public let path: String
    public var title: String
    public var category: PeassCategory?
    public var level: PeassLevel?
    public var body: String
    public var bodyLine: Int
    public var document = MarkdownDocument()
    public var locations: FieldLocations
}

/// A free wiki page, from `pages/<id>.md`.
public struct WikiPage: Sendable, Identifiable {
    public let id: String
    public let path: String
    public var title: String
    public var body: String
    public var bodyLine: Int
    public var document = MarkdownDocument()
    public var locations: FieldLocations
}

/// One glossary entry: an acronym or piece of jargon and its plain-English meaning.
public struct GlossaryTerm: Sendable, Hashable {
    public var term: String
    public var meaning: String
    public var location: SourceLocation

    /// Anchor id on the glossary page.
    public var anchor: String { "term-" + Slug.make(term) }
}
