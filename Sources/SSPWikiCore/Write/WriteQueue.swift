import Foundation

/// Writes batches of files on one thread of its own while the caller goes on rendering.
///
/// One writer rather than one per core: files created in the same folder from several
/// threads wait on the folder's lock in the kernel, so parallel writes cost more CPU than
/// they save, and rendering is what needs the cores. At most `depth` batches wait, so a fast
/// renderer cannot pile the whole site up in memory.
final class WriteQueue: @unchecked Sendable {
    private let queue = DispatchQueue(label: "sspwiki.site-writer")
    private let slots: DispatchSemaphore
    private let lock = NSLock()
    private var failure: String?

    init(depth: Int = 2) {
        slots = DispatchSemaphore(value: depth)
    }

    /// Queues `files` (paths already checked, folders already made) to be written under `root`.
    func enqueue(_ files: [OutputFile], root: String) {
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            guard firstFailure == nil else { return }
            for file in files {
                if let problem = SiteWriter.writeOne(file, root: root) {
                    lock.withLock { failure = failure ?? problem }
                    return
                }
            }
        }
    }

    /// Waits until every queued file is written; returns the first failure.
    func finish() -> String? {
        queue.sync {}
        return firstFailure
    }

    private var firstFailure: String? { lock.withLock { failure } }
}
