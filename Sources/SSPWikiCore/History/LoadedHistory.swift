/// One commit on the first-parent line of the repository that touched the content folder.
package struct Commit: Sendable, Hashable {
    package let hash: String
    package let author: String
    /// The author's date as git wrote it (`2026-12-04T15:30:00+00:00`).
    package let dateISO: String
    /// The full commit message.
    package let message: String
    package let isMerge: Bool
    /// Position in the log: 0 is the newest commit.
    package let order: Int

    package init(hash: String, author: String, dateISO: String, message: String, isMerge: Bool, order: Int) {
        self.hash = hash
        self.author = author
        self.dateISO = dateISO
        self.message = message
        self.isMerge = isMerge
        self.order = order
    }

    /// The first 10 characters of the hash, used in page names.
    package var shortHash: String { String(hash.prefix(10)) }

    /// The day in the author's own time zone.
    package var day: Day? { Day(iso: String(dateISO.prefix(10))) }

    /// "15:30" in the author's own time zone.
    package var time: String {
        let parts = dateISO.split(separator: "T")
        return parts.count > 1 ? String(parts[1].prefix(5)) : ""
    }

    /// The first line of the message.
    package var subject: String {
        message.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
    }

    /// The message after its first line, trimmed.
    package var details: String? {
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
        let rest = lines.dropFirst().joined(separator: "\n").trimmingWhitespaceAndNewlines()
        return rest.isEmpty ? nil : rest
    }
}

/// How a commit changed one file.
package struct FileChange: Sendable, Hashable {
    package enum Kind: String, Sendable { case added, modified, renamed }

    package let commit: Commit
    package let kind: Kind
    /// Path relative to the content folder after the commit.
    package let path: String
    /// Path before the commit, when the file was renamed or moved.
    package let oldPath: String?
    /// Blob id of the file after the commit.
    package let blob: String
    /// Blob id before the commit; nil when the file was added.
    package let oldBlob: String?

    /// The texts the change names: after the commit, and before it unless the file was added.
    package var blobs: [String] { [blob] + (oldBlob.map { [$0] } ?? []) }
}

/// Everything git said about the content folder, read in a fixed number of git processes.
package struct LoadedHistory: Sendable {
    /// False when history could not be read (not a repository, git missing, `--no-history`).
    package var available: Bool = false
    /// For each file, keyed by its newest path relative to the content folder, its changes newest first.
    package var files: [String: [FileChange]] = [:]
    /// The text of every blob a change names, by blob id (bytes as stored in git).
    package var blobs: [String: [UInt8]] = [:]
    /// Content files (relative paths) whose working copy differs from the last commit.
    package var uncommitted: Set<String> = []

    package init() {}
}
