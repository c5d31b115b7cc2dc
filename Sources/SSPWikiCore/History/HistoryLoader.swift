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
///
/// With a `CommittedHistoryCache` (`serve`), `git rev-parse HEAD` runs beside step 3, and while
/// it names the commit of the last load that read the log, steps 1, 2 and 4 are skipped: what
/// they gave is kept.
package struct HistoryLoader: Sendable {
    package let runner: any GitRunner
    /// The log and past versions of the last load, for a long-lived build.
    package let committed: CommittedHistoryCache?

    package init(runner: any GitRunner = ProcessGitRunner(), committed: CommittedHistoryCache? = nil) {
        self.runner = runner
        self.committed = committed
    }

    /// The same loader, keeping what it reads at one commit for its next load (`BuildSession`).
    package func keepingCommitted() -> HistoryLoader {
        HistoryLoader(runner: runner, committed: committed ?? CommittedHistoryCache())
    }

    /// Reads the history of the content folder at `root` (an absolute path).
    package func load(root: String) -> (LoadedHistory, [Diagnostic]) {
        var history = LoadedHistory()
        let runner = self.runner
        let startStatus = {
            Background {
                runner.run(
                    [
                        "status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames",
                        "--ignore-submodules", "--", ".",
                    ], in: root, input: nil)
            }
        }
        // Keeping the committed history, HEAD is asked for while git status runs: the folder's
        // place in the repository, the log and the blobs are kept while HEAD stays.
        let early = committed == nil ? nil : startStatus()
        let head = committed.map { _ in headState(root: root) }
        let kept = head.flatMap { committed?.history(root: root, head: $0) }
        let prefix: String
        if let kept {
            prefix = kept.prefix
        } else {
            let location = runner.run(["rev-parse", "--show-toplevel", "--show-prefix"], in: root, input: nil)
            guard location.succeeded else { return (history, [Self.unavailable(location)]) }
            let lines = String(decoding: location.stdout, as: UTF8.self).split(
                separator: "\n", omittingEmptySubsequences: false)
            prefix = lines.count > 1 ? String(lines[1]) : ""
        }
        let statusRun = early ?? startStatus()
        var blobsNote: Diagnostic?
        if let kept {
            history.files = kept.files
            history.blobs = kept.blobs
        } else {
            let log = runner.run(
                [
                    "-c", "core.quotepath=off", "log", "--first-parent", "-m", "--raw", "-z", "--no-abbrev",
                    "-M", "--no-color", "--no-ext-diff", GitLogParser.format, "--", ".",
                ], in: root, input: nil)
            if log.succeeded {
                history.files = FileTracker.files(GitLogParser.parse(log.stdout), prefix: prefix)
            } else if !log.stderr.contains("does not have any commits") {
                return (history, [Self.unavailable(log)])
            }
            (history.blobs, blobsNote) = blobs(of: history.files, root: root)
            if let head, log.succeeded, blobsNote == nil {
                committed?.keep(
                    .init(root: root, prefix: prefix, head: head, files: history.files, blobs: history.blobs))
            }
        }
        history.available = true
        var diagnostics: [Diagnostic] = []
        let status = statusRun.wait()
        if status.succeeded {
            history.uncommitted = Self.changedPaths(status.stdout, prefix: prefix)
        } else {
            diagnostics.append(
                .init(
                    .note, at: SourceLocation(file: ""),
                    "git status failed, so changes not yet committed are not marked: \(status.firstErrorLine)",
                    hint: "run `git status` in the content folder to see why"))
        }
        if let blobsNote { diagnostics.append(blobsNote) }
        return (history, diagnostics)
    }

    /// The text of every version the changes name (`git cat-file --batch`), and a note when
    /// git could not give them all.
    private func blobs(of files: [String: [FileChange]], root: String) -> ([String: [UInt8]], Diagnostic?) {
        let wanted = Set(files.values.flatMap { $0.flatMap(\.blobs) })
        guard !wanted.isEmpty else { return ([:], nil) }
        let request = wanted.sorted().joined(separator: "\n") + "\n"
        let blobs = runner.run(["cat-file", "--batch"], in: root, input: Array(request.utf8))
        guard !blobs.succeeded else { return (Self.blobs(blobs.stdout), nil) }
        let note = Diagnostic(
            .note, at: SourceLocation(file: ""),
            "git cat-file failed, so some past versions are missing: \(blobs.firstErrorLine)",
            hint: "run `git fsck` in the repository to check it")
        return (Self.blobs(blobs.stdout), note)
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
