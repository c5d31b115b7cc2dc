/// Follows files through renames and moves while walking the log from newest to oldest, and
/// groups each file's changes under the path it has now.
enum FileTracker {
    /// Separates a path from a number in the key of a file that no longer exists at that path.
    static let formerMark = "\u{0}"

    /// Changes of content files (plans, INDES, PEaSS, pages), keyed by the file's newest path
    /// relative to the content folder. A file that a later commit replaced at the same path
    /// (deleted and added again, or moved away) gets its own key: `path`, `formerMark`, number.
    static func files(_ records: [GitLogParser.Record], prefix: String) -> [String: [FileChange]] {
        var keyOf: [String: String] = [:]
        var vacated: Set<String> = []
        var files: [String: [FileChange]] = [:]
        func key(for path: String, order: Int) -> String {
            if let key = keyOf[path] { return key }
            let key = vacated.contains(path) ? path + formerMark + String(order) : path
            keyOf[path] = key
            return key
        }
        func inside(_ repoPath: String) -> String? {
            guard repoPath.hasPrefix(prefix) else { return nil }
            let path = String(repoPath.dropFirst(prefix.count))
            switch ContentLoader.kind(of: path) {
            case .plan?, .indes?, .peass?, .page?: return path
            default: return nil
            }
        }
        for record in records {
            for entry in record.entries where isFile(entry.newMode) || entry.status == "D" {
                let oldBlob = isFile(entry.oldMode) ? entry.oldBlob : nil
                if entry.status == "R", let newRepoPath = entry.renamedTo, let new = inside(newRepoPath) {
                    let old = inside(entry.path)
                    let key = key(for: new, order: record.commit.order)
                    files[key, default: []].append(
                        FileChange(
                            commit: record.commit, kind: old == nil ? .added : .renamed,
                            path: new, oldPath: old, blob: entry.newBlob,
                            oldBlob: old == nil ? nil : oldBlob))
                    keyOf[new] = nil
                    vacated.insert(new)
                    if let old { keyOf[old] = key }
                } else if let path = inside(entry.path), entry.status == "A" || entry.status == "M" || entry.status == "T" {
                    let key = key(for: path, order: record.commit.order)
                    let added = entry.status == "A"
                    files[key, default: []].append(
                        FileChange(
                            commit: record.commit, kind: added ? .added : .modified,
                            path: path, oldPath: nil, blob: entry.newBlob,
                            oldBlob: added ? nil : oldBlob))
                    if added {
                        keyOf[path] = nil
                        vacated.insert(path)
                    }
                }
            }
        }
        return files
    }

    /// True for a regular file's mode (not a symlink, submodule or deletion).
    static func isFile(_ mode: String) -> Bool { mode == "100644" || mode == "100755" }
}
