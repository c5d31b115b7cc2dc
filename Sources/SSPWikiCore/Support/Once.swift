import Foundation

/// A value worked out the first time it is asked for, then kept: cross-plan views that only
/// school-wide pages use (the provision map), which `serve` may not render after an edit at all.
/// Its lock guards the value; `make` runs at most once.
final class Once<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?
    /// Let go of once the value is made, with whatever it holds (a build's file texts).
    private var make: (@Sendable () -> Value)?

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    /// The value, made now if nothing has asked for it before.
    var get: Value {
        lock.withLock {
            if let value { return value }
            let made = make!()
            value = made
            make = nil
            return made
        }
    }
}
