import Foundation

/// Load-side stage: reads the git history of every content file in a fixed number of git
/// processes, however many files there are:
///
/// 1. `git rev-parse --show-toplevel --show-prefix`: is the folder in a repository, and where;
/// 2. `git log --first-parent -m --raw -z -M` over the folder (run at the same time as 3);
/// 3. `git status --porcelain -z`: which files differ from the last commit;
/// 4. `git cat-file --batch`: the text of every version named by step 2.
///
/// When the folder is not in a repository or git is missing, the result is empty and one
/// note says so; history never stops a build.
package struct HistoryLoader: Sendable {
    package let runner: any GitRunner

    package init(runner: any GitRunner = ProcessGitRunner()) {
        self.runner = runner
    }

    /// Reads the history of the content folder at `root` (an absolute path).
    package func load(root: String) -> (LoadedHistory, [Diagnostic]) {
        var history = LoadedHistory()
        let location = runner.run(["rev-parse", "--show-toplevel", "--show-prefix"], in: root, input: nil)
        guard location.succeeded else { return (history, [Self.unavailable(location)]) }
        let lines = String(decoding: location.stdout, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let prefix = lines.count > 1 ? String(lines[1]) : ""

        let runner = self.runner
        let statusRun = Background {
            runner.run(
                [
                    "status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames",
                    "--ignore-submodules", "--", ".",
                ], in: root, input: nil)
        }
        let log = runner.run(
            [
                "-c", "core.quotepath=off", "log", "--first-parent", "-m", "--raw", "-z", "--no-abbrev",
                "-M", "--no-color", "--no-ext-diff", GitLogParser.format, "--", ".",
            ], in: root, input: nil)
        let status = statusRun.wait()
        var diagnostics: [Diagnostic] = []
        if log.succeeded {
            history.files = FileTracker.files(GitLogParser.parse(log.stdout), prefix: prefix)
        } else if !log.stderr.contains("does not have any commits") {
            return (history, [Self.unavailable(log)])
        }
        history.available = true
        if status.succeeded {
            history.uncommitted = Self.changedPaths(status.stdout, prefix: prefix)
        } else {
            diagnostics.append(
                .init(
                    .note, at: SourceLocation(file: ""),
                    "git status failed, so changes not yet committed are not marked: \(status.firstErrorLine)",
                    hint: "run `git status` in the content folder to see why"))
        }
        let wanted = Set(history.files.values.flatMap { $0.flatMap { [$0.blob] + ($0.oldBlob.map { [$0] } ?? []) } })
        if !wanted.isEmpty {
            let request = wanted.sorted().joined(separator: "\n") + "\n"
            let blobs = runner.run(["cat-file", "--batch"], in: root, input: Array(request.utf8))
            history.blobs = Self.blobs(blobs.stdout)
            if !blobs.succeeded {
                diagnostics.append(
                    .init(
                        .note, at: SourceLocation(file: ""),
                        "git cat-file failed, so some past versions are missing: \(blobs.firstErrorLine)",
                        hint: "run `git fsck` in the repository to check it"))
            }
        }
        return (history, diagnostics)
    }

    /// The one note a build gives when history cannot be read.
    static func unavailable(_ output: GitOutput) -> Diagnostic {
        let message: String
        if output.status == nil {
            message = "git is not installed, so the site is built without change history"
        } else if output.stderr.contains("not a git repository") {
            message = "the content folder is not in a git repository, so the site is built without change history"
        } else {
            message = "git cannot read the repository (\(output.firstErrorLine)), so the site is built without change history"
        }
        return Diagnostic(
            .note, at: SourceLocation(file: ""), message,
            hint: "keep the content folder in git to get plan histories, or pass --no-history to skip them")
    }

    /// Parses `git cat-file --batch` output: `<id> blob <size>\n<bytes>\n` per blob.
    static func blobs(_ bytes: [UInt8]) -> [String: [UInt8]] {
        var blobs: [String: [UInt8]] = [:]
        var index = bytes.startIndex
        while index < bytes.endIndex, let newline = bytes[index...].firstIndex(of: 0x0A) {
            let header = String(decoding: bytes[index..<newline], as: UTF8.self).split(separator: " ")
            index = newline + 1
            guard header.count == 3, let size = Int(header[2]), index + size <= bytes.endIndex else { continue }
            blobs[String(header[0])] = Array(bytes[index..<(index + size)])
            index += size + 1
        }
        return blobs
    }

    /// Parses `git status --porcelain=v1 -z`: `XY path` entries, paths from the repository root.
    static func changedPaths(_ bytes: [UInt8], prefix: String) -> Set<String> {
        var paths: Set<String> = []
        for entry in bytes.split(separator: 0) where entry.count > 3 {
            let path = String(decoding: entry.dropFirst(3), as: UTF8.self)
            if path.hasPrefix(prefix) { paths.insert(String(path.dropFirst(prefix.count))) }
        }
        return paths
    }
}
