import Foundation

/// A swift-mustache transform, `{{name(value)}}`: kept so that themes written for it render
/// the same. Parsed once at compile time; an unknown name makes the value missing.
enum TemplateTransform: Sendable, Equatable {
    case empty, count, first, last, reversed, index, even, odd
    case equalZero, plusOne, minusOne
    case capitalized, lowercased, uppercased
    case enumerated, sorted
    case unknown(String)

    init(_ name: String) {
        switch name {
        case "empty": self = .empty
        case "count": self = .count
        case "first": self = .first
        case "last": self = .last
        case "reversed": self = .reversed
        case "index": self = .index
        case "even": self = .even
        case "odd": self = .odd
        case "equalzero": self = .equalZero
        case "plusone": self = .plusOne
        case "minusone": self = .minusOne
        case "capitalized": self = .capitalized
        case "lowercased": self = .lowercased
        case "uppercased": self = .uppercased
        case "enumerated": self = .enumerated
        case "sorted": self = .sorted
        default: self = .unknown(name)
        }
    }
}

/// Where the current element of a list stands, for `{{first()}}`, `{{last()}}`, `{{index()}}`.
struct SequencePosition {
    var index: Int
    var count: Int

    func apply(_ transform: TemplateTransform) -> TemplateValue? {
        switch transform {
        case .first: .bool(index == 0)
        case .last: .bool(index == count - 1)
        case .index: .int(index)
        case .even: .bool(index & 1 == 0)
        case .odd: .bool(index & 1 == 1)
        default: nil
        }
    }
}

extension TemplateValue {
    /// The value `transform` makes of this one, or nil when it does not apply (as in
    /// swift-mustache, where only strings, arrays, dictionaries and integers take transforms).
    func apply(_ transform: TemplateTransform) -> TemplateValue? {
        switch self {
        case .string(let string): Self.apply(transform, to: Substring(string))
        case .substring(let substring): Self.apply(transform, to: substring)
        case .int(let int): Self.apply(transform, to: int)
        case .list(let list): Self.apply(transform, to: list)
        case .dictionary(let dictionary): Self.apply(transform, to: dictionary)
        default: nil
        }
    }

    private static func apply(_ transform: TemplateTransform, to string: Substring) -> TemplateValue? {
        switch transform {
        case .empty: .bool(string.isEmpty)
        case .capitalized: .string(string.capitalized)
        case .lowercased: .string(string.lowercased())
        case .uppercased: .string(string.uppercased())
        case .reversed: .string(String(string.reversed()))
        default: nil
        }
    }

    private static func apply(_ transform: TemplateTransform, to int: Int) -> TemplateValue? {
        switch transform {
        case .equalZero: .bool(int == 0)
        case .plusOne: .int(int + 1)
        case .minusOne: .int(int - 1)
        case .even: .bool(int & 1 == 0)
        case .odd: .bool(int & 1 == 1)
        default: nil
        }
    }

    private static func apply(_ transform: TemplateTransform, to list: TemplateList) -> TemplateValue? {
        switch transform {
        // An empty list's first or last is an empty Optional, which swift-mustache treats as a value.
        case .first: list.count > 0 ? list[0] : .other(Optional<Any>.none as Any)
        case .last: list.count > 0 ? list[list.count - 1] : .other(Optional<Any>.none as Any)
        case .reversed: .list(.items((0..<list.count).reversed().map { list[$0] }))
        case .count: .int(list.count)
        case .empty: .bool(list.count == 0)
        case .sorted: sorted(list)
        default: nil
        }
    }

    /// A list of strings or of integers in ascending order (swift-mustache sorts arrays of
    /// `Comparable` elements only).
    private static func sorted(_ list: TemplateList) -> TemplateValue? {
        let items = (0..<list.count).map { list[$0] }
        let strings = items.compactMap { if case .string(let string) = $0 { string } else { nil } }
        if strings.count == items.count { return .list(.items(strings.sorted().map { .string($0) })) }
        let ints = items.compactMap { if case .int(let int) = $0 { int } else { nil } }
        if ints.count == items.count { return .list(.items(ints.sorted().map { .int($0) })) }
        return nil
    }

    private static func apply(_ transform: TemplateTransform, to dictionary: [String: Any]) -> TemplateValue? {
        switch transform {
        case .count: .int(dictionary.count)
        case .empty: .bool(dictionary.isEmpty)
        case .enumerated: .list(.items(dictionary.map { .dictionary(["key": $0.key, "value": $0.value]) }))
        case .sorted:
            .list(.items(dictionary.sorted { $0.key < $1.key }.map { .dictionary(["key": $0.key, "value": $0.value]) }))
        default: nil
        }
    }
}
