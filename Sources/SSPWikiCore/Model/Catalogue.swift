/// One INDES section (an area of need) with its level scale, from `indes/<code>.md`.
package struct IndesSection: Sendable, Identifiable {
    package let id: String
    package let path: String
    package var title: String
    package var area: String?
    package var levels: [IndesLevel]
    package var body: String
    package var bodyLine: Int
    package var document = MarkdownDocument()
    package var locations: FieldLocations

    /// The label of a level, if the scale has it.
    package func label(for level: Int) -> String? {
        levels.first(where: { $0.level == level })?.label
    }
}

/// One step of an INDES scale.
package struct IndesLevel: Sendable, Hashable {
    package var level: Int
    package var label: String
}

/// One PEaSS provision or strategy from the setting's catalogue, from `peass/<id>.md`.
package struct PeassEntry: Sendable, Identifiable {
    package let id: String
    package let path: String
    package var title: String
    package var category: PeassCategory?
    package var level: PeassLevel?
    package var body: String
    package var bodyLine: Int
    package var document = MarkdownDocument()
    package var locations: FieldLocations
}

/// A free wiki page, from `pages/<id>.md`.
package struct WikiPage: Sendable, Identifiable {
    package let id: String
    package let path: String
    package var title: String
    package var body: String
    package var bodyLine: Int
    package var document = MarkdownDocument()
    package var locations: FieldLocations
}

/// One glossary entry: an acronym or piece of jargon and its plain-English meaning.
package struct GlossaryTerm: Sendable, Hashable {
    package var term: String
    package var meaning: String
    package var location: SourceLocation

    /// Anchor id on the glossary page.
    package var anchor: String { "term-" + Slug.make(term) }
}
