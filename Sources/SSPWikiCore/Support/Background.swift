import Foundation

/// Work started on a thread of its own now and waited for later, so that an outside process
/// (git) runs while this process does something else. A dedicated thread, not a Dispatch
/// queue, is used because the parallel parser keeps every Dispatch worker busy and work
/// queued behind it would wait until parsing ends.
final class Background<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var value: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            let result = work()
            lock.withLock { value = result }
            done.signal()
        }
        thread.start()
    }

    /// Waits for the work to finish and returns its result.
    func wait() -> Value {
        done.wait()
        done.signal()
        return lock.withLock { value! }
    }
}
