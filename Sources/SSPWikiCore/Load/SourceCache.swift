import Foundation

/// The texts of content files kept between loads (`BuildSession`), by absolute path, with
/// what `stat` said when each was read: a file whose size, times, inode and device are all
/// unchanged is not read again. A file changed less than `racyInterval` before it was read is
/// read again next time, since a second write within the file system's clock tick could keep
/// its size and times (the same precaution as git's "racily clean" entries).
package final class SourceCache: @unchecked Sendable {
    /// Nanoseconds; the default is wider than any file system's time step (FAT's is 2 s).
    let racyInterval: Int

    private struct Entry {
        let stat: FileStat
        let text: String
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var next: [String: Entry] = [:]
    private var started = 0
    private var reused = 0

    package init() { racyInterval = 2_000_000_000 }

    init(racyInterval: Int) { self.racyInterval = racyInterval }

    /// Files the last load read from disk, and files it took from the cache.
    package var lastRead: Int { lock.withLock { readCount } }
    package var lastReused: Int { lock.withLock { reusedCount } }
    private var readCount = 0
    private var reusedCount = 0

    func begin() {
        lock.lock()
        defer { lock.unlock() }
        next = [:]
        reused = 0
        started = Self.now()
    }

    /// The text of the file at `path` as last read, when it has not changed since.
    func text(at path: String, stat: FileStat) -> String? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = entries[path], entry.stat == stat else { return nil }
        next[path] = entry
        reused += 1
        return entry.text
    }

    /// Remembers a text just read, unless the file changed too recently to be sure of it.
    func keep(_ text: String, at path: String, stat: FileStat) {
        lock.lock()
        defer { lock.unlock() }
        guard max(stat.modified, stat.changed) < started - racyInterval else { return }
        next[path] = Entry(stat: stat, text: text)
    }

    /// Forgets the files this load did not see (deleted, renamed or now unreadable).
    func end(read: Int) {
        lock.lock()
        defer { lock.unlock() }
        entries = next
        next = [:]
        reusedCount = reused
        readCount = read
    }

    private static func now() -> Int {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Int(spec.tv_sec) * 1_000_000_000 + Int(spec.tv_nsec)
    }
}
