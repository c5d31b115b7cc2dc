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

    /// Hidden files and folders (`.git`, editors' swap files) are left out; the content loader
    /// ignores them too.
    static func take(_ folders: [String]) -> TreeSnapshot {
        var snapshot = TreeSnapshot()
        let fm = FileManager.default
        for folder in folders {
            guard let enumerator = fm.enumerator(atPath: folder) else { continue }
            while let rel = enumerator.nextObject() as? String {
                let name = (rel as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    enumerator.skipDescendants()
                    continue
                }
                let path = folder + "/" + rel
                // lstat, not attributesOfItem: this runs for every file several times a second.
                guard let info = FileStat.of(path), info.kind != .directory else { continue }
                snapshot.files[path] = Stamp(size: info.size, modified: info.modified, inode: info.inode)
            }
        }
        return snapshot
    }
}
