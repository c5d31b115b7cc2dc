import Foundation

/// Work started on another thread now and waited for later, so that a slow outside process
/// (git) runs while this process does something else.
final class Background<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    private var value: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        group.enter()
        DispatchQueue.global().async {
            self.value = work()
            self.group.leave()
        }
    }

    /// Waits for the work to finish and returns its result.
    func wait() -> Value {
        group.wait()
        return value!
    }
}
