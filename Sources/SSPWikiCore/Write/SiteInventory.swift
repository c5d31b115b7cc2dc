import Foundation

/// Every file of a site folder as sspwiki wrote it (path and size), kept in the site's marker
/// file. It tells a file somebody else put into the site folder (which is never deleted: the
/// build refuses), and a file deleted or emptied there since (which the up-to-date shortcut
/// does not trust). Sizes, not times, so that two builds of the same content are identical.
struct SiteInventory: Equatable {

    static let header = "sspwiki site; this folder is replaced on each build"

    var stamp: String?
    /// By path inside the site; nil for a site written before sspwiki kept the list.
    var files: [String: Int]?

    /// The marker text for the files at `paths` inside `folder`, as they are now.
    static func markerText(paths: [String], in folder: String, stamp: String?) -> String {
        var text = header + "\n" + (stamp.map { "stamp: \($0)\n" } ?? "") + "files:\n"
        for path in paths.sorted() {
            guard let stat = FileStat.of(folder + "/" + path) else { continue }
            text += "\(stat.size) \(path)\n"
        }
        return text
    }

    /// The inventory in the marker of the site at `output`; nil when there is no marker.
    static func read(output: String) -> SiteInventory? {
        guard let text = try? String(contentsOfFile: output + "/" + SiteWriter.marker, encoding: .utf8) else { return nil }
        var inventory = SiteInventory()
        var listing = false
        for line in text.split(separator: "\n") {
            if line.hasPrefix("stamp: ") { inventory.stamp = String(line.dropFirst("stamp: ".count)) }
            if line == "files:" {
                listing = true
                inventory.files = [:]
                continue
            }
            guard listing else { continue }
            let fields = line.split(separator: " ", maxSplits: 1)
            guard fields.count == 2, let size = Int(fields[0]) else { continue }
            inventory.files?[String(fields[1])] = size
        }
        return inventory
    }

    /// Files and links in `output` that sspwiki did not write there (the marker aside).
    func foreignFiles(in output: String) -> [String] {
        guard let files else { return [] }
        return Self.walk(output).filter { $0 != SiteWriter.marker && files[$0] == nil }
    }

    /// True when every file listed is still there as it was written.
    func isIntact(in output: String) -> Bool {
        guard let files else { return false }
        for (path, size) in files {
            guard let stat = FileStat.of(output + "/" + path), stat.kind == .regular, stat.size == size else { return false }
        }
        return true
    }

    /// Every file, link or other non-folder entry under `root`, by relative path, sorted.
    static func walk(_ root: String) -> [String] {
        var found: [String] = []
        var folders = [""]
        let fm = FileManager.default
        while let folder = folders.popLast() {
            let absolute = folder.isEmpty ? root : root + "/" + folder
            for name in (try? fm.contentsOfDirectory(atPath: absolute)) ?? [] {
                let rel = folder.isEmpty ? name : folder + "/" + name
                if FileStat.of(root + "/" + rel)?.kind == .directory { folders.append(rel) } else { found.append(rel) }
            }
        }
        return found.sorted()
    }
}
