import Foundation

/// A value a template sees: what a name in a `{{tag}}` resolves to.
///
/// Contexts arrive as plain Swift values (`[String: Any]`, arrays, strings, numbers, booleans),
/// exactly as swift-mustache took them; `TemplateValue(_:)` sorts each value into a case once,
/// when a lookup returns it, so rendering never repeats the dynamic casts. A typed page model
/// can skip that step by conforming to `TemplateObject` (names looked up by a `switch`) and
/// arriving as `.object`.
package enum TemplateValue {
    /// A hash: names are looked up as its keys. The fast path for today's contexts.
    case dictionary([String: Any])
    case string(String)
    case substring(Substring)
    case int(Int)
    case double(Double)
    case bool(Bool)
    /// A list: sections repeat for each element.
    case list(TemplateList)
    /// A typed value that looks up its own members.
    case object(any TemplateObject)
    /// The element at an index of a list of typed models, read where it is in the list: boxing
    /// each element as `.object` copied the whole model (and retained all it holds) for every
    /// row a section repeated over.
    case element(any TemplateModelList, Int)
    /// JSON `null` or `NSNull`: found (so outer contexts are not searched) but falsey and empty.
    case null
    /// Anything else, including `Optional.none` stored in an `Any`: truthy, looked up by
    /// reflection, printed with `String(describing:)` as swift-mustache does.
    case other(Any)

    /// Sorts a plain Swift value into its case; the most frequent types are tried first.
    package init(_ any: Any) {
        switch any {
        case let value as String: self = .string(value)
        case let value as [String: Any]: self = .dictionary(value)
        case let value as Bool: self = .bool(value)
        case let value as Int: self = .int(value)
        case let value as [[String: Any]]: self = .list(.dictionaries(value))
        case let value as [Any]: self = .list(.values(value))
        case let value as Double: self = .double(value)
        case let value as Substring: self = .substring(value)
        case let value as TemplateValue: self = value
        case let value as any TemplateObject: self = .object(value)
        case is NSNull: self = .null
        default: self = .other(any)
        }
    }
}

/// A typed value that answers name lookups itself, so a page model needs no dictionary.
package protocol TemplateObject {
    /// The member called `name`, or nil when there is none (then outer contexts are searched).
    func templateMember(_ name: String) -> TemplateValue?
    /// The same member, found by its key (a typed model indexes its fields by key number).
    func templateMember(_ key: TemplateKey) -> TemplateValue?
    /// The text `{{value}}` prints for the object itself.
    var templateText: String { get }
}

extension TemplateObject {
    package var templateText: String { String(describing: self) }

    package func templateMember(_ key: TemplateKey) -> TemplateValue? { templateMember(key.name) }
}

/// The elements of a list value, kept in the form they arrived in so nothing is copied.
package enum TemplateList {
    case dictionaries([[String: Any]])
    case values([Any])
    case items([TemplateValue])
    /// A list of typed models, each boxed as `.object` only when a section reaches it.
    case models(any TemplateModelList)

    package var count: Int {
        switch self {
        case .dictionaries(let list): list.count
        case .values(let list): list.count
        case .items(let list): list.count
        case .models(let list): list.count
        }
    }

    package subscript(index: Int) -> TemplateValue {
        switch self {
        case .dictionaries(let list): .dictionary(list[index])
        case .values(let list): TemplateValue(list[index])
        case .items(let list): list[index]
        case .models(let list): list.templateElement(index)
        }
    }

    /// The list as swift-mustache printed it (`String(describing:)` of the array).
    var description: String {
        switch self {
        case .dictionaries(let list): String(describing: list)
        case .values(let list): String(describing: list)
        case .items(let list): "[" + list.map { $0.text }.joined(separator: ", ") + "]"
        case .models(let list): "[" + (0..<list.count).map { list.templateElement($0).text }.joined(separator: ", ") + "]"
        }
    }
}

/// An array of typed models as a list value (`[Nested]` where `Nested: TemplateModel`).
package protocol TemplateModelList {
    var count: Int { get }
    /// The element at `index` as a template value.
    func templateElement(_ index: Int) -> TemplateValue
    /// The member `key` names of the element at `index`, read in place.
    func templateMember(_ key: TemplateKey, at index: Int) -> TemplateValue?
    /// What `{{.}}` prints for the element at `index`.
    func templateText(at index: Int) -> String
    /// The element at `index` as a plain dictionary (`TemplateModel.plainDictionary`).
    func plainElement(at index: Int) -> [String: Any]
}

extension Array: TemplateModelList where Element: TemplateModel {
    package func templateElement(_ index: Int) -> TemplateValue { .element(self, index) }

    package func templateMember(_ key: TemplateKey, at index: Int) -> TemplateValue? {
        withUnsafeBufferPointer { Element.templateFields.value(of: key, at: UnsafeRawPointer($0.baseAddress! + index)) }
    }

    package func templateText(at index: Int) -> String { self[index].templateText }

    package func plainElement(at index: Int) -> [String: Any] { self[index].plainDictionary }
}
