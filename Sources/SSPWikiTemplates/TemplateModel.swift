/// A typed page model (or part of one): its members are described once, in `templateFields`,
/// and that one table answers both rendering (`templateMember`) and the template check
/// (`templateSchema`).
///
/// ```swift
/// struct Need: TemplateModel {
///     var title: String
///     var primary: Bool
///     static let templateFields = TemplateFields<Need>([
///         .value("title", \.title),
///         .value("primary", \.primary),
///         .value("heading") { $0.title.uppercased() },
///     ])
/// }
/// ```
///
/// A key path to a stored property is read in place; a closure, for a value worked out from
/// the model, is handed a copy of the whole model, so keep those for small models.
package protocol TemplateModel: TemplateObject, Sendable {
    /// Every member a template may name, with how to read it and what it holds.
    static var templateFields: TemplateFields<Self> { get }
}

extension TemplateModel {
    @inlinable
    package func templateMember(_ name: String) -> TemplateValue? {
        withUnsafePointer(to: self) { Self.templateFields.value(of: name, at: UnsafeRawPointer($0)) }
    }

    @inlinable
    package func templateMember(_ key: TemplateKey) -> TemplateValue? {
        withUnsafePointer(to: self) { Self.templateFields.value(of: key, at: UnsafeRawPointer($0)) }
    }

    /// What templates rendered with this model may name.
    package static var templateSchema: TemplateSchema { templateFields.schema }
}

/// A value that prints as one piece of text: the leaves of a model.
///
/// A false flag and an absent optional are no value at all, so that a template looks the name
/// up in outer contexts, exactly as it did when such keys were left out of a dictionary.
package protocol TemplateScalar {
    var templateValue: TemplateValue? { get }
}

extension String: TemplateScalar {
    package var templateValue: TemplateValue? { .string(self) }
}

extension Int: TemplateScalar {
    package var templateValue: TemplateValue? { .int(self) }
}

extension Bool: TemplateScalar {
    package var templateValue: TemplateValue? { self ? .bool(true) : nil }
}

extension Optional: TemplateScalar where Wrapped: TemplateScalar {
    package var templateValue: TemplateValue? { self?.templateValue }
}
