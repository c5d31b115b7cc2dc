import Foundation

/// Wakes the content watcher as soon as the kernel reports a change in a watched folder
/// (inotify on Linux), so that an edit is noticed at once instead of at the next poll.
///
/// It only says that something happened: the watcher still compares snapshots to decide whether
/// anything that matters changed, and still polls, so folders where the kernel reports nothing
/// (network shares, some container mounts) and systems without inotify keep working as before.
final class FolderEvents: @unchecked Sendable {
    /// The inotify descriptor, or -1 when there is none (other systems, or inotify refused).
    private let descriptor: Int32
    private let queue = DispatchQueue(label: "sspwiki.folder-events")

    init() {
        #if canImport(Glibc)
            descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        #else
            descriptor = -1
        #endif
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Whether the kernel reports changes; without it, waits are plain sleeps.
    var isActive: Bool { descriptor >= 0 }

    /// Watches each of `directories` for files written, made, deleted or renamed in it. A folder
    /// watched already keeps its one watch; a deleted one loses it by itself, so calling this
    /// with every folder after each change keeps new folders watched too.
    func watch(_ directories: [String]) {
        #if canImport(Glibc)
            guard descriptor >= 0 else { return }
            let mask = UInt32(
                IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
                    | IN_DELETE_SELF | IN_MOVE_SELF)
            // A refused watch (the user's watch limit reached) leaves that folder to polling.
            for directory in directories { _ = inotify_add_watch(descriptor, directory, mask) }
        #endif
    }

    /// Waits until an event arrives or `timeout` passes; true when events came (all read).
    /// Returns early, false, when the task is cancelled (the server stopping).
    func wait(upTo timeout: Duration) async -> Bool {
        guard isActive else {
            try? await Task.sleep(for: timeout)
            return false
        }
        let deadline = ContinuousClock.now + timeout
        while !Task.isCancelled {
            let left = deadline - ContinuousClock.now
            guard left > .zero else { return false }
            // poll(2) blocks: it runs on a queue of its own, outside Swift's cooperative pool
            // where the server answers requests, and for a quarter of a second at most so that
            // a cancelled wait ends soon.
            let milliseconds = Self.milliseconds(min(left, .milliseconds(250)))
            let woken = await withCheckedContinuation { continuation in
                queue.async { continuation.resume(returning: self.waitBlocking(milliseconds)) }
            }
            if woken { return true }
        }
        return false
    }

    private static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        return Int32(clamping: seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
    }

    /// Waits until no event has come for `quiet`, or `limit` has passed (a folder written to
    /// without pause must not hold a rebuild back for ever); true when it went quiet.
    @discardableResult
    func settle(quiet: Duration, limit: Duration) async -> Bool {
        let deadline = ContinuousClock.now + limit
        while await wait(upTo: quiet) {
            if ContinuousClock.now >= deadline { return false }
        }
        return true
    }

    private func waitBlocking(_ milliseconds: Int32) -> Bool {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, milliseconds) > 0 else { return false }
        drain()
        return true
    }

    /// Reads every pending event: what they name does not matter, only that they came.
    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
    }
}
