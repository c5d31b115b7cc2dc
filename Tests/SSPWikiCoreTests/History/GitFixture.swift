import Foundation

@testable import SSPWikiCore

/// A small git repository in a temporary folder, with commits at fixed dates by fixed authors.
final class GitFixture {
    let root: String
    /// The content folder inside the repository (the root itself, or a sub-folder).
    let content: String

    init(contentFolder: String? = nil) {
        let root = NSTemporaryDirectory() + "sspwiki-history-" + UUID().uuidString
        self.root = root
        content = contentFolder.map { root + "/" + $0 } ?? root
        try? FileManager.default.createDirectory(atPath: content, withIntermediateDirectories: true)
        git("init", "-q")
        write("site.yml", "setting: Test School\n")
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Writes a file under the content folder.
    func write(_ path: String, _ text: String) {
        let url = URL(fileURLWithPath: content + "/" + path)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// Moves a file inside the content folder with `git mv`.
    func move(_ from: String, _ to: String) {
        let target = URL(fileURLWithPath: content + "/" + to).deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        git("mv", content + "/" + from, content + "/" + to)
    }

    func remove(_ path: String) { try? FileManager.default.removeItem(atPath: content + "/" + path) }

    /// Stages everything and commits it as `author` on `date` (YYYY-MM-DD, 10:00 UTC).
    func commit(_ message: String, author: String = "Sam Patel", date: String) {
        git("add", "-A")
        git(
            "-c", "user.name=\(author)", "-c", "user.email=sendco@example.org", "commit", "-q", "--allow-empty", "-m", message,
            env: ["GIT_AUTHOR_DATE": "\(date)T10:00:00+00:00", "GIT_COMMITTER_DATE": "\(date)T10:00:00+00:00"])
    }

    /// Runs git in the repository with a clean configuration; returns its output.
    @discardableResult
    func git(_ arguments: String..., env: [String: String] = [:]) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ProcessGitRunner.locate() ?? "/usr/bin/git")
        process.arguments = ["-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: root)
        var environment = ProcessInfo.processInfo.environment.merging(env) { _, new in new }
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try? process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Loads, parses and reads the history of the content folder, as a build does.
    func analyse(runner: any GitRunner = ProcessGitRunner()) -> (ContentModel?, LinkGraph, [Diagnostic]) {
        SiteBuilder().analyse(content: content, today: Day(iso: "2026-12-01")!, history: HistoryLoader(runner: runner))
    }
}

/// Counts the git processes a build starts, and runs them for real.
final class CountingGitRunner: GitRunner, @unchecked Sendable {
    private let lock = NSLock()
    private var calls: [[String]] = []

    func run(_ arguments: [String], in directory: String, input: [UInt8]?) -> GitOutput {
        lock.lock()
        calls.append(arguments)
        lock.unlock()
        return ProcessGitRunner().run(arguments, in: directory, input: input)
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return calls.count
    }
}

/// A plan file with the given front matter lines after the required fields.
func planText(
    name: String = "Amelia Khan", review: String = "2026-12-04", number: Int = 1,
    extra: String = "", body: String = "## About me\n\nI like drawing.\n"
) -> String {
    "---\nname: \(name)\nstage: sen-support\nplan_number: \(number)\nstart: 2026-09-07\nreview: \(review)\n\(extra)---\n\(body)"
}
