import Foundation

/// Stage 1: walks the content folder and reads every file the content format knows about.
///
/// Only this stage touches the content folder for reading text. It never follows a symlink
/// out of the folder, and it decodes every file as UTF-8, reporting where decoding fails.
package struct ContentLoader: Sendable {
    package init() {}

    /// Reads the folder at `root`. Problems are returned as diagnostics; nothing is thrown.
    /// With a `cache`, a file whose stat is unchanged since the cache read it is not read again.
    /// `stats` (by path inside `root`) are taken as what `lstat` says now, instead of asking
    /// again: `serve`'s watcher has just stat-ed every file. A file they do not name is stat-ed.
    package func load(
        root: String, cache: SourceCache? = nil, stats: [String: FileStat]? = nil
    ) -> (LoadedContent, [Diagnostic]) {
        let fm = FileManager.default
        var diagnostics: [Diagnostic] = []
        var isDirectory: ObjCBool = false
        let rootURL = URL(fileURLWithPath: root).standardizedFileURL
        let rootPath = rootURL.resolvingSymlinksInPath().path
        var content = LoadedContent(root: rootPath)
        guard fm.fileExists(atPath: rootPath, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.append(
                .error(
                    "content folder not found", at: SourceLocation(file: ""),
                    hint: "run from the folder that holds `content/`, or pass --content DIR"))
            return (content, diagnostics)
        }
        var visited: Set<String> = [rootPath]
        var reader = Reader(cache: cache, stats: stats ?? [:])
        cache?.begin()
        walk(
            directory: rootPath, relative: "", root: rootPath, visited: &visited, reader: &reader,
            into: &content, diagnostics: &diagnostics)
        cache?.end(read: reader.read)
        if !content.sources.contains(where: { $0.kind == .site }) {
            diagnostics.append(
                .error(
                    "site.yml is missing", at: SourceLocation(file: "site.yml"),
                    hint: "create site.yml with at least `setting: Name of your school`"))
        }
        content.sources.sort { $0.path < $1.path }
        content.media.sort { $0.path < $1.path }
        return (content, diagnostics)
    }

    /// Reads files, through the cache when there is one, and counts the reads.
    private struct Reader {
        let cache: SourceCache?
        let stats: [String: FileStat]
        var read = 0

        /// The file at `absolute` (`relative` inside the root) itself, as `FileStat.of` gives it.
        func stat(_ relative: String, _ absolute: String) -> FileStat? {
            stats[relative] ?? FileStat.of(absolute)
        }

        mutating func text(at path: String, stat: FileStat) -> Result<String, TextDecoding.BadByte>? {
            if let text = cache?.text(at: path, stat: stat) { return .success(text) }
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            read += 1
            let decoded = TextDecoding.decode(data)
            if case .success(let text) = decoded { cache?.keep(text, at: path, stat: stat) }
            return decoded
        }
    }

    private func walk(
        directory: String, relative: String, root: String, visited: inout Set<String>,
        reader: inout Reader, into content: inout LoadedContent, diagnostics: inout [Diagnostic]
    ) {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory) else {
            diagnostics.append(
                .error(
                    "folder cannot be read", at: SourceLocation(file: relative),
                    hint: "check the folder's permissions"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") && !name.hasPrefix("_") {
            let absolute = directory + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            guard let info = reader.stat(rel, absolute) else { continue }
            var type: FileStat.Kind? = info.kind
            var target = absolute
            var targetInfo: FileStat? = info
            if type == .symbolicLink {
                let resolved = URL(fileURLWithPath: absolute).resolvingSymlinksInPath().path
                guard resolved == root || resolved.hasPrefix(root + "/") else {
                    content.escapingLinks.insert(rel)
                    diagnostics.append(
                        .warning(
                            "symbolic link leads outside the content folder and is ignored",
                            at: SourceLocation(file: rel),
                            hint: "copy the file into the content folder instead of linking to it"))
                    continue
                }
                target = resolved
                targetInfo = FileStat.of(resolved)
                type = targetInfo?.kind
                if type == nil || type == .symbolicLink {
                    diagnostics.append(
                        .warning(
                            "symbolic link leads nowhere (what it names is missing, or links lead round in a loop) and is ignored",
                            at: SourceLocation(file: rel),
                            hint: "remove the link, or put the file it should lead to in its place"))
                    continue
                }
            }
            if type == .other {
                diagnostics.append(
                    .warning(
                        "not a regular file or folder (a pipe, socket or device) and is ignored",
                        at: SourceLocation(file: rel), hint: "remove it from the content folder"))
                continue
            }
            if type == .directory {
                // A linked folder that leads back to one already read would be walked for ever.
                let real = URL(fileURLWithPath: target).resolvingSymlinksInPath().path
                guard visited.insert(real).inserted else {
                    diagnostics.append(
                        .warning(
                            "symbolic link leads to a folder that is already read and is ignored",
                            at: SourceLocation(file: rel),
                            hint: "remove the link; a folder is read once, where it really is"))
                    continue
                }
                walk(
                    directory: target, relative: rel, root: root, visited: &visited, reader: &reader,
                    into: &content, diagnostics: &diagnostics)
            } else if type == .regular, let targetInfo {
                content.files.insert(rel)
                classify(
                    rel, absolute: target, size: info.size, stat: targetInfo, reader: &reader,
                    into: &content, diagnostics: &diagnostics)
            }
        }
    }

    private func classify(
        _ rel: String, absolute: String, size: Int, stat: FileStat, reader: inout Reader,
        into content: inout LoadedContent, diagnostics: inout [Diagnostic]
    ) {
        if rel.hasPrefix("media/") {
            if let problem = MediaChecker.problem(rel: rel, absolute: absolute) {
                diagnostics.append(problem)
            } else {
                content.media.append(MediaFile(path: rel, absolutePath: absolute, size: size))
            }
            return
        }
        guard let kind = Self.kind(of: rel) else { return }
        guard let decoded = reader.text(at: absolute, stat: stat) else {
            diagnostics.append(
                .error(
                    "file cannot be read", at: SourceLocation(file: rel),
                    hint: "check the file's permissions"))
            return
        }
        switch decoded {
        case .success(let text):
            content.sources.append(SourceFile(path: rel, kind: kind, text: text))
        case .failure(let bad):
            diagnostics.append(
                .error(
                    "file is not valid UTF-8 text (byte 0x\(String(bad.byte, radix: 16, uppercase: true)))",
                    at: SourceLocation(file: rel, line: bad.line, column: bad.column),
                    hint: "save the file as UTF-8 in your editor (for example 'Save with encoding: UTF-8')"))
        }
    }
}
