import Dispatch

/// Holds the last reference to a large value and lets go of it on another thread, so that the
/// caller does not wait while tens of thousands of strings and pages are freed: `serve`'s last
/// build (its pages, fingerprints and analysed site) once the next one has taken its place.
final class LaterRelease<Value>: @unchecked Sendable {
    // Only the queue's closure touches it after `release()`: nothing else reads it.
    private var value: Value?

    init(_ value: consuming Value) {
        self.value = value
    }

    /// Frees the value on a background queue. Call it after dropping every other reference,
    /// or the last one dropped frees it where it is dropped.
    func release() {
        DispatchQueue.global(qos: .utility).async { self.value = nil }
    }
}
