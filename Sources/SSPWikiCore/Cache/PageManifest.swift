import Foundation

/// The fingerprint and size of every page in the site last written, kept beside the build
/// cache (`.sspwiki-cache/<site>.pages`), so that the next build can keep the pages whose
/// inputs did not change instead of rendering them again.
///
/// A page is kept only when the site folder still carries the stamp the manifest was written
/// with, the page's fingerprint (always worked out afresh from the source) is the one recorded,
/// and the file in the site still has the recorded size. Deleting the manifest only costs
/// the next build its shortcut.
struct PageManifest {
    /// Fingerprint and size of each page, by site path.
    var pages: [String: (fingerprint: String, size: Int)] = [:]
    var stamp = ""

    static let header = "sspwiki page manifest 1"

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
              marker.contains("stamp: \(stamp)\n") else { return manifest }
        manifest.stamp = stamp
        for line in lines {
            let fields = line.split(separator: " ", maxSplits: 2)
            guard fields.count == 3, let size = Int(fields[1]) else { continue }
            manifest.pages[String(fields[2])] = (String(fields[0]), size)
        }
        return manifest
    }

    /// The site file that can stand for `path` in the next site, if it is still the same page.
    func reusable(_ path: String, fingerprint: String, in output: String) -> String? {
        guard let old = pages[path], old.fingerprint == fingerprint else { return nil }
        let file = output + "/" + path
        guard let stat = FileStat.of(file), stat.kind == .regular, stat.size == old.size else { return nil }
        return file
    }

    /// Records the manifest of a site just written with `stamp`.
    func write(_ cache: BuildCache) {
        var text = PageManifest.header + "\nstamp \(stamp)\n"
        for path in pages.keys.sorted() {
            let page = pages[path]!
            text += "\(page.fingerprint) \(page.size) \(path)\n"
        }
        try? FileManager.default.createDirectory(atPath: cache.folder, withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: URL(fileURLWithPath: PageManifest.path(for: cache)), options: .atomic)
    }
}
