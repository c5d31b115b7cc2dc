/// What a template may name inside a value: the names of its members and what each holds.
///
/// Made from a `TemplateModel`'s field table (`TemplateFields`), never written by hand, so it
/// cannot disagree with what rendering looks up. `TemplateLibrary.check` walks a template
/// against it.
package struct TemplateSchema: Sendable, Hashable {
    /// The model's name, for messages (`PlanPageModel`).
    package let typeName: String
    /// Each member's shape by its name.
    package let members: [String: TemplateShape]

    package init(typeName: String, members: [String: TemplateShape]) {
        self.typeName = typeName
        self.members = members
    }
}

/// What a member holds, as far as names inside it are concerned.
package indirect enum TemplateShape: Sendable, Hashable {
    /// Text, a number or a flag: nothing can be named inside it.
    case scalar
    /// A typed value whose members are `schema`'s.
    case object(TemplateSchema)
    /// A list; a section over it sees each element as `element`.
    case list(element: TemplateShape)
    /// A value whose members are not described (a plain dictionary): names inside it are not checked.
    case open

    /// The shape a section over a value of this shape pushes for its content, or nil when it
    /// pushes nothing that has members (flags, text, numbers).
    var sectionContext: TemplateShape? {
        switch self {
        case .scalar: nil
        case .object, .open: self
        case .list(let element): element
        }
    }

    /// The shape `transform` makes of a value of this shape.
    func applying(_ transform: TemplateTransform) -> TemplateShape {
        switch (self, transform) {
        case (.open, _): .open
        case (.list(let element), .first), (.list(let element), .last): element
        case (.list, .reversed), (.list, .sorted): self
        case (_, .enumerated), (_, .unknown): .open
        default: .scalar
        }
    }
}
