import Foundation

/// What `git log` and `git cat-file` said about the committed history, kept by a long-lived
/// build (`BuildSession`, under `serve`) for its next rebuild. An edit changes no commit, so
/// while `HEAD` names the same commit `HistoryLoader` runs `git status` alone instead of reading
/// the log and every past version again (about 13 MB through `git cat-file` at 2,000 plans).
package final class CommittedHistoryCache: @unchecked Sendable {
    /// The log and blobs read at one commit of one content folder.
    struct Entry {
        let root: String
        /// Where the content folder is in its repository (`git rev-parse --show-prefix`).
        let prefix: String
        let head: String
        let files: [String: [FileChange]]
        let blobs: [String: [UInt8]]
    }

    private let lock = NSLock()
    private var entry: Entry?

    package init() {}

    /// The files and blobs read for `root` when `HEAD` was `head`, if those are the last kept.
    func history(root: String, head: String) -> Entry? {
        lock.withLock { entry.flatMap { $0.root == root && $0.head == head ? $0 : nil } }
    }

    /// Keeps what git said at `head`, in place of anything kept before.
    func keep(_ entry: Entry) {
        lock.withLock { self.entry = entry }
    }
}
