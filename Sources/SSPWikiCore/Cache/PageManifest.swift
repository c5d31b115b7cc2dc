import Foundation

/// The fingerprint of every page in the site last written, and what its file looked like on
/// disk (size, modification time, inode), kept beside the build cache
/// (`.sspwiki-cache/<site>.pages`), so that the next build can keep the pages whose inputs did
/// not change instead of rendering them again.
///
/// A page is kept only when the site folder still carries the stamp the manifest was written
/// with, the page's fingerprint (always worked out afresh from the source) is the one recorded,
/// and its file in the site is still the very file written then: a page edited or replaced in
/// the site folder is rendered again. Deleting the manifest only costs the next build its
/// shortcut.
struct PageManifest {
    /// What a site file looked like just after the build that wrote it.
    struct FileMark: Equatable {
        let size: Int
        let modified: Int
        let inode: UInt64

        init(_ stat: FileStat) {
            size = stat.size
            modified = stat.modified
            inode = stat.inode
        }

        init?(_ fields: [Substring]) {
            guard fields.count == 3, let size = Int(fields[0]), let modified = Int(fields[1]), let inode = UInt64(fields[2])
            else {
                return nil
            }
            (self.size, self.modified, self.inode) = (size, modified, inode)
        }
    }

    /// Fingerprint of each page, by site path.
    var pages: [String: String] = [:]
    /// The files as written, by site path (read from the manifest; filled in by `write`).
    private(set) var files: [String: FileMark] = [:]
    var stamp = ""

    static let header = "sspwiki page manifest 2"

    static func path(for cache: BuildCache) -> String {
        cache.folder + "/" + URL(fileURLWithPath: cache.output).lastPathComponent + ".pages"
    }

    /// The manifest of the site now in `cache.output`, or an empty one.
    static func read(_ cache: BuildCache) -> PageManifest {
        var manifest = PageManifest()
        guard let text = try? String(contentsOfFile: path(for: cache), encoding: .utf8) else { return manifest }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard lines.popFirst() == Substring(header), let stampLine = lines.popFirst(), stampLine.hasPrefix("stamp ") else {
            return manifest
        }
        let stamp = String(stampLine.dropFirst("stamp ".count))
        guard let marker = try? String(contentsOfFile: cache.output + "/" + SiteWriter.marker, encoding: .utf8),
            marker.contains("stamp: \(stamp)\n")
        else { return manifest }
        manifest.stamp = stamp
        for line in lines {
            let fields = line.split(separator: " ", maxSplits: 4)
            guard fields.count == 5, let mark = FileMark(Array(fields[1...3])) else { continue }
            let path = String(fields[4])
            manifest.pages[path] = String(fields[0])
            manifest.files[path] = mark
        }
        return manifest
    }

    /// The site file that can stand for `path` in the next site, if it is still the same page.
    func reusable(_ path: String, fingerprint: String, in output: String) -> String? {
        guard pages[path] == fingerprint, let mark = files[path] else { return nil }
        let file = output + "/" + path
        guard let stat = FileStat.of(file), stat.kind == .regular, FileMark(stat) == mark else { return nil }
        return file
    }

    /// True when every page recorded is still the very file written (size, time, inode).
    func pagesIntact(in output: String) -> Bool {
        files.allSatisfy { path, mark in
            FileStat.of(output + "/" + path).map { $0.kind == .regular && FileMark($0) == mark } ?? false
        }
    }

    /// Records the manifest of the site just written into `cache.output` with `stamp`, marking
    /// each file as it now is on disk.
    func write(_ cache: BuildCache) {
        var text = PageManifest.header + "\nstamp \(stamp)\n"
        for path in pages.keys.sorted() {
            guard let stat = FileStat.of(cache.output + "/" + path), stat.kind == .regular else { continue }
            text += "\(pages[path]!) \(stat.size) \(stat.modified) \(stat.inode) \(path)\n"
        }
        try? FileManager.default.createDirectory(atPath: cache.folder, withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: URL(fileURLWithPath: PageManifest.path(for: cache)), options: .atomic)
    }
}
