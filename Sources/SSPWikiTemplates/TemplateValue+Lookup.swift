/// How names resolve inside a value, and how a value prints.
extension TemplateValue {
    /// The member named by `key` of this value, or nil when it has none.
    ///
    /// Hashes answer by key; typed objects by themselves; anything else by reflection
    /// (labelled fields of structs and tuples), as swift-mustache's `Mirror` lookup did.
    func member(_ key: TemplateKey) -> TemplateValue? {
        switch self {
        case .dictionary(let dictionary):
            guard let found = dictionary[key.name] else { return nil }
            return TemplateValue(found)
        case .object(let object):
            return object.templateMember(key)
        case .element(let list, let index):
            return list.templateMember(key, at: index)
        case .other(let any):
            return Self.reflectedMember(key.name, of: any)
        case .string, .substring, .int, .double, .bool, .list, .null:
            return nil
        }
    }

    static func reflectedMember(_ name: String, of any: Any) -> TemplateValue? {
        guard let child = Mirror(reflecting: any).children.first(where: { $0.label == name }) else { return nil }
        let mirror = Mirror(reflecting: child.value)
        guard mirror.displayStyle == .optional else { return TemplateValue(child.value) }
        guard let wrapped = mirror.children.first else { return nil }
        return TemplateValue(wrapped.value)
    }

    /// What `{{value}}` prints before escaping: the value's `String(describing:)`, with one
    /// level of `Optional` unwrapped (`nil` for an empty one), exactly as swift-mustache.
    var text: String {
        switch self {
        case .string(let string): string
        case .substring(let substring): String(substring)
        case .int(let int): String(int)
        case .double(let double): String(describing: double)
        case .bool(let bool): bool ? "true" : "false"
        case .dictionary(let dictionary): String(describing: dictionary)
        case .list(let list): list.description
        case .object(let object): object.templateText
        case .element(let list, let index): list.templateText(at: index)
        case .null: ""
        case .other(let any): Self.describe(any)
        }
    }

    static func describe(_ any: Any) -> String {
        let mirror = Mirror(reflecting: any)
        if mirror.displayStyle == .optional, let wrapped = mirror.children.first {
            return String(describing: wrapped.value)
        }
        return String(describing: any)
    }
}
