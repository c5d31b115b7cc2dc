import Foundation

@testable import SSPWikiCore

extension Fixture {
    /// The fixed day `analyseWithHistory` treats as today.
    static let historyToday = Day(iso: "2026-12-01")!

    /// A fresh git repository (clean configuration, no commits) holding `site.yml` with the setting
    /// "Test School". The content is the repository's root, or its sub-folder `contentFolder`; the
    /// site and other files outside the content go to a folder beside the repository, so git never
    /// sees them.
    static func repository(contentFolder: String? = nil) -> Fixture {
        let root = NSTemporaryDirectory() + "sspwiki-history-" + UUID().uuidString
        let fixture = Fixture(
            root: root, content: contentFolder.map { root + "/" + $0 } ?? root, outside: root + "-outside")
        fixture.git("init", "-q")
        fixture.write("site.yml", "setting: Test School\n")
        return fixture
    }

    /// Moves a file inside the content folder with `git mv`.
    func move(_ from: String, _ to: String) {
        let target = URL(fileURLWithPath: content + "/" + to).deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        git("mv", content + "/" + from, content + "/" + to)
    }

    /// Stages everything and commits it as `author` on `date` (YYYY-MM-DD, 10:00 UTC).
    func commit(_ message: String, author: String = "Sam Patel", date: String) {
        git("add", "-A")
        git(
            "-c", "user.name=\(author)", "-c", "user.email=sendco@example.org", "commit", "-q", "--allow-empty", "-m", message,
            env: ["GIT_AUTHOR_DATE": "\(date)T10:00:00+00:00", "GIT_COMMITTER_DATE": "\(date)T10:00:00+00:00"])
    }

    /// Runs git in the repository (`root`) with a clean configuration; returns its output.
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

    /// Loads, parses and reads the history of the content folder, as a build does, on
    /// `Fixture.historyToday`; git runs through `runner`.
    func analyseWithHistory(
        runner: any GitRunner = ProcessGitRunner()
    ) -> (site: AnalysedSite?, diagnostics: [Diagnostic]) {
        SiteBuilder().analyse(content: content, today: Fixture.historyToday, history: HistoryLoader(runner: runner))
    }
}
