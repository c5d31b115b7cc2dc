import Foundation

/// Decides, before any work is done, whether an output folder may be replaced: sspwiki
/// replaces the folder whole, so it must never hold the content, its git repository or
/// anybody's files, and must not lie inside the content folder (the next build would read it).
struct OutputGuard {
    /// The output folder, absolute.
    let output: String
    /// Folders the output must never hold or be: the content folder and its git work tree.
    let protected: [String]
    /// The content folder, absolute, if known: the output must not lie inside it.
    let content: String?

    func check() -> Diagnostic? {
        let fm = FileManager.default
        let real = Self.resolved(output)
        for folder in protected.map(Self.resolved) where folder == real || folder.hasPrefix(real + "/") {
            return .error(
                "the output folder holds \(folder); replacing it would delete it", at: SourceLocation(file: output),
                hint: "choose an --output folder outside the content folder and its git repository, such as site/ beside content/"
            )
        }
        if let content, real.hasPrefix(Self.resolved(content) + "/") {
            return .error(
                "the output folder is inside the content folder", at: SourceLocation(file: output),
                hint:
                    "choose an --output folder outside \(content), such as site/ beside it; the next build would read the site as content"
            )
        }
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: output, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else {
            return .error(
                "the output path is a file, not a folder", at: SourceLocation(file: output),
                hint: "choose another --output folder")
        }
        let entries = (try? fm.contentsOfDirectory(atPath: output)) ?? []
        if entries.isEmpty { return nil }
        guard let inventory = SiteInventory.read(output: output) else {
            return .error(
                "the output folder is not empty and was not made by sspwiki; it will not be replaced",
                at: SourceLocation(file: output),
                hint: "choose an empty or new --output folder, or move the files away")
        }
        let foreign = inventory.foreignFiles(in: output)
        if let first = foreign.first {
            let others = foreign.count > 1 ? " and \(foreign.count - 1) other file\(foreign.count == 2 ? "" : "s")" : ""
            return .error(
                "the output folder holds '\(first)'\(others) that sspwiki did not write; it will not be replaced",
                at: SourceLocation(file: output),
                hint:
                    "move the files out of the site folder (sspwiki replaces it whole on every build), or choose another --output"
            )
        }
        return nil
    }

    /// The folder holding `.git` at or above `folder`, if any.
    static func workTree(of folder: String) -> String? {
        var url = URL(fileURLWithPath: resolved(folder))
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent(".git").path) { return url.path }
            url.deleteLastPathComponent()
        }
        return nil
    }

    /// `path` made absolute with symbolic links resolved, as far as it exists.
    static func resolved(_ path: String) -> String {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: url.path), url.path != "/" {
            rest.insert(url.lastPathComponent, at: 0)
            url.deleteLastPathComponent()
        }
        var base = url.resolvingSymlinksInPath().path
        for part in rest { base += (base.hasSuffix("/") ? "" : "/") + part }
        return base
    }
}
