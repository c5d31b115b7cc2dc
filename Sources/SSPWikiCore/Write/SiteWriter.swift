import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Stage 6: writes the site into a fresh folder beside the output and swaps it in only when
/// every file was written, so a failed build leaves the previous site exactly as it was.
///
/// It refuses to replace a folder that holds the content or its git repository, a folder
/// inside the content folder, a non-empty folder that sspwiki did not create (no marker file)
/// or one holding files it did not write (`OutputGuard`), and any path that would land
/// outside the output folder. The swap is one atomic step (`SiteSwap`), and what killed
/// builds left beside the output is removed first (`StagingLeftovers`).
package struct SiteWriter: Sendable {
    /// Name of the marker file sspwiki leaves in every site it writes.
    package static let marker = ".sspwiki-site"

    package let output: String
    /// The content folder the site is built from, which the output must never hold or be in.
    package let content: String?
    /// The steps of the swap (a seam for the tests).
    var swapper = SiteSwap()

    package init(output: String, content: String? = nil) {
        self.output = URL(fileURLWithPath: output).standardizedFileURL.path
        self.content = content.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    }

    /// Checks, before any work is done, that the output folder may be replaced.
    package func preflight() -> Diagnostic? {
        var protected: [String] = []
        if let content {
            protected.append(content)
            if let tree = OutputGuard.workTree(of: content) { protected.append(tree) }
        }
        return OutputGuard(output: output, protected: protected, content: content).check()
    }

    /// Writes `files` and swaps the new site in. Returns a diagnostic if anything failed.
    package func write(_ files: [OutputFile], stamp: BuildStamp? = nil) -> Diagnostic? {
        write(stamp: stamp) { emit in try emit(files) }
    }

    /// Writes a site as it is produced: `produce` hands batches of files to `emit`, each written
    /// into the staging folder at once, so a large site is never held in memory whole. The
    /// staging folder is swapped in only when `produce` returns; if it throws, nothing changes.
    package func write(
        stamp: BuildStamp? = nil,
        produce: (_ emit: ([OutputFile]) throws -> Void) throws -> Void
    ) -> Diagnostic? {
        if let problem = preflight() { return problem }
        let fm = FileManager.default
        let parent = URL(fileURLWithPath: output).deletingLastPathComponent().path
        let name = URL(fileURLWithPath: output).lastPathComponent
        StagingLeftovers(output: output).removeAll()
        let staging = parent + "/" + StagingLeftovers.stagingName(for: name)
        var written: [String] = []
        do {
            try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
            try fm.createDirectory(atPath: staging, withIntermediateDirectories: false)
            let queue = WriteQueue()
            do {
                try produce { batch in
                    try prepare(batch, in: staging)
                    queue.enqueue(batch, root: staging)
                    written += batch.map(\.path)
                }
            } catch {
                _ = queue.finish()
                throw error
            }
            if let failure = queue.finish() { throw WriterError.writeFailed(failure) }
            let marker = SiteInventory.markerText(paths: written, in: staging, stamp: stamp?.value)
            try Data(marker.utf8).write(to: URL(fileURLWithPath: staging + "/" + SiteWriter.marker))
            try swapper.swap(staging: staging, output: output)
            return nil
        } catch {
            try? fm.removeItem(atPath: staging)
            return .error(
                "the site could not be written: \(error.localizedDescription)", at: SourceLocation(file: output),
                hint: "check there is disk space and that the folder is writable; the previous site is unchanged")
        }
    }

    /// Checks every path and makes every folder the batch needs, before any of it is written.
    func prepare(_ files: [OutputFile], in staging: String) throws {
        let fm = FileManager.default
        var folders: Set<String> = []
        for file in files {
            let parts = file.path.split(separator: "/", omittingEmptySubsequences: false)
            guard !file.path.hasPrefix("/"), !parts.contains(".."), !parts.contains(""), !parts.contains(".") else {
                throw WriterError.unsafePath(file.path)
            }
            // The path's parts are checked above: its folder is what comes before its last "/".
            let folder = file.path.lastIndex(of: "/").map { staging + "/" + file.path[..<$0] } ?? staging
            if folders.insert(folder).inserted { try fm.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        }
    }

    /// Writes one file of a prepared batch; returns what went wrong, if anything.
    static func writeOne(_ file: OutputFile, root: String) -> String? {
        let target = root + "/" + file.path
        switch file.contents {
        case .text(let text):
            return writeFile(text, to: target)
        case .keep(let source) where link(source, target) == 0:
            // A hard link costs no copy; the old site's name for the file is removed at the swap.
            return nil
        case .copy(let source), .keep(let source):
            do { try FileManager.default.copyItem(atPath: source, toPath: target) } catch { return "\(file.path): \(error)" }
            return nil
        }
    }

    /// Writes text with plain POSIX calls: Foundation's `Data.write` syncs every file to disk,
    /// which costs more than rendering the page. The staging folder is swapped in only after
    /// every write succeeded.
    private static func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
            return Glibc.write(fd, buffer, count)
        #else
            return Darwin.write(fd, buffer, count)
        #endif
    }

    static func writeFile(_ text: String, to path: String) -> String? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return "\(path): \(String(cString: strerror(errno)))" }
        defer { close(fd) }
        var text = text
        return text.withUTF8 { buffer -> String? in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return "\(path): \(String(cString: strerror(errno)))"
                }
                offset += written
            }
            return nil
        }
    }

    enum WriterError: Error, LocalizedError {
        case unsafePath(String)
        case writeFailed(String)
        var errorDescription: String? {
            switch self {
            case .unsafePath(let path): return "refused to write '\(path)' outside the output folder"
            case .writeFailed(let reason): return "a file could not be written (\(reason))"
            }
        }
    }
}
