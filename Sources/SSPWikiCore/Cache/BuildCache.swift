import Foundation

/// Remembers, beside the output folder, the stamp of the last site written and the warnings
/// that build printed, so that a rebuild of unchanged content can skip every stage after
/// loading and still report the same warnings.
///
/// It lives in `.sspwiki-cache/` in the output's parent folder, is safe to delete at any time,
/// and is only used when the site folder still carries the same stamp and every file the
/// marker lists is still there as it was written (`SiteInventory`).
package struct BuildCache: Sendable {
    package let output: String

    package init(output: String) {
        self.output = URL(fileURLWithPath: output).standardizedFileURL.path
    }

    var folder: String { URL(fileURLWithPath: output).deletingLastPathComponent().path + "/.sspwiki-cache" }
    var file: String { folder + "/" + URL(fileURLWithPath: output).lastPathComponent + ".json" }

    struct Entry: Codable {
        var stamp: String
        var diagnostics: [Diagnostic]
        var pagesWritten: Int
        var filesWritten: Int
        var plans: Int
    }

    /// The last build's entry when the site in `output` was written with `stamp`.
    func entry(for stamp: BuildStamp) -> Entry? {
        guard let data = FileManager.default.contents(atPath: file),
            let entry = try? JSONDecoder().decode(Entry.self, from: data), entry.stamp == stamp.value,
            let marker = try? String(contentsOfFile: output + "/" + SiteWriter.marker, encoding: .utf8),
            marker.contains("stamp: \(stamp.value)"),
            // A page deleted, emptied or edited in the site folder since is written again.
            SiteInventory.read(output: output)?.isIntact(in: output) == true,
            PageManifest.read(self).pagesIntact(in: output)
        else { return nil }
        return entry
    }

    /// Records a successful build. Failure to record only costs the next build its shortcut.
    func record(_ entry: Entry) {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if let data = try? JSONEncoder().encode(entry) {
            try? data.write(to: URL(fileURLWithPath: file), options: .atomic)
        }
    }
}
