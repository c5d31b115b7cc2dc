import Foundation

/// One member of a `TemplateModel`: its name, how to read it from the model, and its shape.
///
/// A member given by a key path to a stored property is read in place, from the property's
/// offset inside the model, so that looking a name up copies that property only, not the
/// whole model (copying a plan page's model for each name, and retaining everything it
/// holds, was a tenth of a build).
package struct TemplateField<Model>: Sendable {
    package let name: String
    let shape: TemplateShape
    let read: @Sendable (Model) -> TemplateValue?
    /// The same value, read from a pointer to the model.
    let readAt: @Sendable (UnsafeRawPointer) -> TemplateValue?

    init(
        _ name: String, _ shape: TemplateShape, _ read: @escaping @Sendable (Model) -> TemplateValue?,
        at readAt: (@Sendable (UnsafeRawPointer) -> TemplateValue?)? = nil
    ) {
        self.name = name
        self.shape = shape
        self.read = read
        self.readAt = readAt ?? { read($0.assumingMemoryBound(to: Model.self).pointee) }
    }

    /// A member read through `path`, in place when the path is a stored property.
    private static func field<Value>(
        _ name: String, _ shape: TemplateShape, _ path: KeyPath<Model, Value> & Sendable,
        _ make: @escaping @Sendable (Value) -> TemplateValue?
    ) -> Self {
        guard let offset = MemoryLayout<Model>.offset(of: path) else { return Self(name, shape) { make($0[keyPath: path]) } }
        return Self(
            name, shape, { make($0[keyPath: path]) },
            at: { make(($0 + offset).assumingMemoryBound(to: Value.self).pointee) })
    }

    /// Text, a number or a flag.
    package static func value(_ name: String, _ read: @escaping @Sendable (Model) -> some TemplateScalar) -> Self {
        Self(name, .scalar) { read($0).templateValue }
    }

    /// Text, a number or a flag, held in the model at `path`.
    package static func value<Value: TemplateScalar>(_ name: String, _ path: KeyPath<Model, Value> & Sendable) -> Self {
        field(name, .scalar, path) { $0.templateValue }
    }

    /// A nested model (absent when nil): a section over it pushes its members.
    package static func object<Nested: TemplateModel>(_ name: String, _ read: @escaping @Sendable (Model) -> Nested?) -> Self {
        Self(name, .object(Nested.templateSchema)) { model in read(model).map { .object($0) } }
    }

    /// A nested model held at `path`.
    package static func object<Nested: TemplateModel>(_ name: String, _ path: KeyPath<Model, Nested> & Sendable) -> Self {
        field(name, .object(Nested.templateSchema), path) { .object($0) }
    }

    /// A nested model held at `path`, absent when nil.
    package static func object<Nested: TemplateModel>(_ name: String, _ path: KeyPath<Model, Nested?> & Sendable) -> Self {
        field(name, .object(Nested.templateSchema), path) { $0.map { .object($0) } }
    }

    /// A list of nested models: a section repeats for each, with the element's members.
    /// Absent when nil (and, with `omittedWhenEmpty`, when empty), so outer contexts answer.
    package static func list<Nested: TemplateModel>(
        _ name: String, omittedWhenEmpty: Bool = false,
        _ read: @escaping @Sendable (Model) -> [Nested]?
    ) -> Self {
        Self(name, .list(element: .object(Nested.templateSchema))) { model in
            listValue(read(model), omittedWhenEmpty: omittedWhenEmpty)
        }
    }

    /// A list of nested models held at `path`.
    package static func list<Nested: TemplateModel>(
        _ name: String, omittedWhenEmpty: Bool = false, _ path: KeyPath<Model, [Nested]> & Sendable
    ) -> Self {
        field(name, .list(element: .object(Nested.templateSchema)), path) {
            listValue($0, omittedWhenEmpty: omittedWhenEmpty)
        }
    }

    /// A list of nested models held at `path`, absent when nil.
    package static func list<Nested: TemplateModel>(
        _ name: String, omittedWhenEmpty: Bool = false, _ path: KeyPath<Model, [Nested]?> & Sendable
    ) -> Self {
        field(name, .list(element: .object(Nested.templateSchema)), path) {
            listValue($0, omittedWhenEmpty: omittedWhenEmpty)
        }
    }

    private static func listValue<Nested: TemplateModel>(_ list: [Nested]?, omittedWhenEmpty: Bool) -> TemplateValue? {
        guard let list, !(omittedWhenEmpty && list.isEmpty) else { return nil }
        return .list(.models(list))
    }

    /// A list of texts or numbers (`{{#list}}{{.}}{{/list}}`).
    package static func values(_ name: String, _ read: @escaping @Sendable (Model) -> [some TemplateScalar]) -> Self {
        Self(name, .list(element: .scalar)) { model in
            .list(.items(read(model).map { $0.templateValue ?? .null }))
        }
    }

    /// A list of texts or numbers held at `path`.
    package static func values<Value: TemplateScalar>(_ name: String, _ path: KeyPath<Model, [Value]> & Sendable) -> Self {
        field(name, .list(element: .scalar), path) { .list(.items($0.map { $0.templateValue ?? .null })) }
    }

    /// This field of a part of a larger model (a page's frame), read through `part`; absent
    /// when the part is.
    package func lifted<Whole>(_ part: @escaping @Sendable (Whole) -> Model?) -> TemplateField<Whole> {
        let read = self.read
        return TemplateField<Whole>(name, shape) { part($0).flatMap(read) }
    }

    /// This field of the part of a larger model held at `part`, read in place when the part
    /// is a stored property.
    package func lifted<Whole>(_ part: KeyPath<Whole, Model> & Sendable) -> TemplateField<Whole> {
        let read = self.read
        let readAt = self.readAt
        guard let offset = MemoryLayout<Whole>.offset(of: part) else {
            return TemplateField<Whole>(name, shape) { read($0[keyPath: part]) }
        }
        return TemplateField<Whole>(name, shape, { read($0[keyPath: part]) }, at: { readAt($0 + offset) })
    }
}

/// A model's field table, indexed by name once.
///
/// A class whose lookup holds no value of a generic type: the renderer calls
/// `TemplateModel.templateMember` unspecialised (through the model existential), where every
/// use of a `TemplateField<Model>` or of a struct generic over `Model` would look up its type
/// metadata at run time — about 5% of a build's samples before this table kept its readers
/// type-erased.
package final class TemplateFields<Model>: Sendable {
    /// The fields in order, for a larger model that includes them (`TemplateField.lifted`).
    package let fields: [TemplateField<Model>]
    package let schema: TemplateSchema
    @usableFromInline let numbers: [String: Int]
    /// The field's number by `TemplateKey` number; -1 where the model has no such member.
    @usableFromInline let byKey: [Int]
    /// Each field's reader, taking a pointer to the model.
    @usableFromInline let readers: [@Sendable (UnsafeRawPointer) -> TemplateValue?]

    /// The table of `fields`; a later field of the same name replaces an earlier one.
    package init(_ fields: [TemplateField<Model>]) {
        self.fields = fields
        var numbers: [String: Int] = [:]
        var members: [String: TemplateShape] = [:]
        for (number, field) in fields.enumerated() {
            numbers[field.name] = number
            members[field.name] = field.shape
        }
        self.numbers = numbers
        let keyed = numbers.map { (TemplateKey($0.key).number, $0.value) }
        var byKey = Array(repeating: -1, count: (keyed.map(\.0).max() ?? -1) + 1)
        for (key, number) in keyed { byKey[key] = number }
        self.byKey = byKey
        readers = fields.map(\.readAt)
        schema = TemplateSchema(typeName: String(describing: Model.self), members: members)
    }

    /// The table with every field of `part`'s model added (`frame` fields on every page).
    package convenience init<Part: TemplateModel>(
        including part: @escaping @Sendable (Model) -> Part?, _ fields: [TemplateField<Model>]
    ) {
        self.init(Part.templateFields.fields.map { $0.lifted(part) } + fields)
    }

    /// The table with every field of the part held at `part` added, each read in place.
    package convenience init<Part: TemplateModel>(
        including part: KeyPath<Model, Part> & Sendable, _ fields: [TemplateField<Model>]
    ) {
        self.init(Part.templateFields.fields.map { $0.lifted(part) } + fields)
    }

    /// The value of the member `name` of the model `model` points to.
    @inlinable
    func value(of name: String, at model: UnsafeRawPointer) -> TemplateValue? {
        guard let number = numbers[name] else { return nil }
        return readers[number](model)
    }

    /// The value of the member `key` names of the model `model` points to.
    @inlinable
    func value(of key: TemplateKey, at model: UnsafeRawPointer) -> TemplateValue? {
        guard key.number < byKey.count else { return nil }
        let number = byKey[key.number]
        return number < 0 ? nil : readers[number](model)
    }

    /// Every member's value, nil ones left out, as a plain dictionary (nested models and lists
    /// too): for code that still takes dictionaries, such as the exported documents and the test
    /// that renders pages with swift-mustache.
    package func dictionary(of model: Model) -> [String: Any] {
        var result: [String: Any] = [:]
        for field in fields {
            if let value = field.read(model) { result[field.name] = value.plain }
        }
        return result
    }
}

extension TemplateModel {
    /// This model as a plain `[String: Any]` dictionary (see `TemplateFields.dictionary(of:)`).
    package var plainDictionary: [String: Any] { Self.templateFields.dictionary(of: self) }
}

extension TemplateValue {
    /// The value as the plain Swift value a dictionary context holds.
    var plain: Any {
        switch self {
        case .dictionary(let dictionary): dictionary
        case .string(let string): string
        case .substring(let substring): substring
        case .int(let int): int
        case .double(let double): double
        case .bool(let bool): bool
        case .list(let list): (0..<list.count).map { list[$0].plain }
        case .object(let object as any TemplateModel): object.plainDictionary
        case .object(let object): object
        case .element(let list, let index): list.plainElement(at: index)
        case .null: NSNull()
        case .other(let any): any
        }
    }
}
