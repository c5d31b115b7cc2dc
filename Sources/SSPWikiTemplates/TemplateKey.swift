import Foundation

/// A member name with a number given once per process, so that rendering finds a model's
/// member by indexing an array (`TemplateFields`) instead of hashing the name for every
/// context it searches.
///
/// Templates make keys when they are compiled and models' field tables when they are built:
/// the same name always gets the same number, whichever comes first.
package struct TemplateKey: Sendable {
    package let name: String
    @usableFromInline let number: Int

    package init(_ name: String) {
        self.name = name
        number = Self.numbers.number(for: name)
    }

    private static let numbers = Numbers()

    /// The numbers given so far, by name.
    private final class Numbers: @unchecked Sendable {
        private let lock = NSLock()
        private var given: [String: Int] = [:]

        func number(for name: String) -> Int {
            lock.withLock {
                if let known = given[name] { return known }
                let number = given.count
                given[name] = number
                return number
            }
        }
    }
}
