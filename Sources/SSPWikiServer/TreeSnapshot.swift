import Foundation
import SSPWikiCore

/// The size, modification time and file number of every file under some folders, compared
/// between polls to notice edits, new files, deletions and editors' save-by-rename.
struct TreeSnapshot: Equatable, Sendable {
    struct Stamp: Equatable, Sendable {
        let size: Int
        /// Nanoseconds since 1970.
        let modified: Int
        let inode: UInt64
    }

    private(set) var files: [String: Stamp] = [:]
    /// Every folder walked, for `FolderEvents` to watch; not compared (an empty new folder
    /// changes nothing a build reads).
    private(set) var directories: [String] = []

    static func == (lhs: TreeSnapshot, rhs: TreeSnapshot) -> Bool { lhs.files == rhs.files }

    /// Hidden files and folders (`.git`, editors' swap files) are left out; the content loader
    /// ignores them too. Symbolic links are stamped themselves, not followed.
    static func take(_ folders: [String]) -> TreeSnapshot {
        var snapshot = TreeSnapshot()
        for folder in folders { snapshot.add(folder) }
        return snapshot
    }

    // readdir and lstat, not FileManager's enumerator and attributesOfItem: this runs for
    // every file several times a second while `serve` waits for an edit.
    private mutating func add(_ directory: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        directories.append(directory)
        for name in names where !name.hasPrefix(".") {
            let path = directory + "/" + name
            guard let info = FileStat.of(path) else { continue }
            if info.kind == .directory {
                add(path)
            } else {
                files[path] = Stamp(size: info.size, modified: info.modified, inode: info.inode)
            }
        }
    }
}
