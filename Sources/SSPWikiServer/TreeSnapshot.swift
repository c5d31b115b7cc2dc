import Foundation

/// The size, modification time and file number of every file under some folders, compared
/// between polls to notice edits, new files, deletions and editors' save-by-rename.
struct TreeSnapshot: Equatable, Sendable {
    struct Stamp: Equatable, Sendable {
        let size: Int
        let modified: Double
        let inode: Int
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
                guard let attributes = try? fm.attributesOfItem(atPath: path),
                      attributes[.type] as? FileAttributeType != .typeDirectory else { continue }
                snapshot.files[path] = Stamp(size: (attributes[.size] as? Int) ?? 0,
                                             modified: (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0,
                                             inode: (attributes[.systemFileNumber] as? Int) ?? 0)
            }
        }
        return snapshot
    }
}
