import Foundation
import SSPWikiCore

/// What `lstat` said about every file under some folders (size, times, file number, …),
/// compared between polls to notice edits, new files, deletions and editors' save-by-rename.
struct TreeSnapshot: Equatable, Sendable {
    /// Each folder's files, by their path inside it.
    private(set) var folders: [String: [String: FileStat]] = [:]
    /// Every folder walked, for `FolderEvents` to watch; not compared (an empty new folder
    /// changes nothing a build reads).
    private(set) var directories: [String] = []

    static func == (lhs: TreeSnapshot, rhs: TreeSnapshot) -> Bool { lhs.folders == rhs.folders }

    /// Hidden files and folders (`.git`, editors' swap files) are left out; the content loader
    /// ignores them too. Symbolic links are stamped themselves, not followed.
    static func take(_ folders: [String]) -> TreeSnapshot {
        var snapshot = TreeSnapshot()
        for folder in folders {
            var files: [String: FileStat] = [:]
            snapshot.add(folder, relative: "", into: &files)
            snapshot.folders[folder] = files
        }
        return snapshot
    }

    /// The files of `folder` (one of those taken) by their path inside it: what the content
    /// loader would find if it stat-ed them now (`ContentLoader.load(root:cache:stats:)`).
    func stats(of folder: String) -> [String: FileStat]? { folders[folder] }

    // readdir and lstat, not FileManager's enumerator and attributesOfItem: this runs for
    // every file several times a second while `serve` waits for an edit.
    private mutating func add(_ directory: String, relative: String, into files: inout [String: FileStat]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        directories.append(directory)
        for name in names where !name.hasPrefix(".") {
            let path = directory + "/" + name
            let inside = relative.isEmpty ? name : relative + "/" + name
            guard let info = FileStat.of(path) else { continue }
            if info.kind == .directory {
                add(path, relative: inside, into: &files)
            } else {
                files[inside] = info
            }
        }
    }
}
