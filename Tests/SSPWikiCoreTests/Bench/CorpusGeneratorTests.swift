import Foundation
import Testing

@testable import SSPWikiCore

/// Smoke test of the benchmark's corpus generator (scripts/gen-corpus): what it writes must
/// build without errors, and the same seed must give the same repository, or benchmark
/// figures could not be compared from one run to the next.
@Suite struct CorpusGeneratorTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let tools = ["python3", "git"].allSatisfy { Self.onPath($0) != nil }

    static func onPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `program` with `arguments` and returns its standard output; fails the test on a non-zero exit.
    func run(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(program) failed: \(String(decoding: errors, as: UTF8.self))")
        return String(decoding: output, as: UTF8.self)
    }

    func generate(plans: Int, revisions: Int, seed: Int = 7) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sspwiki-corpus-\(UUID().uuidString)")
        let script = Self.root.appendingPathComponent("scripts/gen-corpus").path
        _ = try run(
            Self.onPath("python3")!,
            [
                script, "--plans", "\(plans)", "--revisions", "\(revisions)",
                "--seed", "\(seed)", "--out", folder.path,
            ])
        return folder
    }

    @Test(.enabled(if: tools, "python3 and git are needed to run scripts/gen-corpus; install them to run this test"))
    func generatedCorpusBuildsWithoutErrors() throws {
        let content = try generate(plans: 20, revisions: 2)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sspwiki-corpus-site-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: content)
            try? FileManager.default.removeItem(at: output)
        }
        let options = BuildOptions(
            content: content.path, output: output.path,
            themeDirectories: [Self.root.appendingPathComponent("themes/default").path],
            today: Day(iso: "2026-11-29")!)
        let report = SiteBuilder().build(options)
        #expect(report.diagnostics.filter { $0.severity == .error } == [])
        #expect(report.plans == 20)
        let commits = try run(Self.onPath("git")!, ["-C", content.path, "rev-list", "--count", "HEAD"])
        #expect(commits.trimmingCharacters(in: .whitespacesAndNewlines) == "2")
    }

    @Test(.enabled(if: tools, "python3 and git are needed to run scripts/gen-corpus; install them to run this test"))
    func sameSeedGivesTheSameRepository() throws {
        let first = try generate(plans: 5, revisions: 3)
        let second = try generate(plans: 5, revisions: 3)
        let other = try generate(plans: 5, revisions: 3, seed: 8)
        defer { for folder in [first, second, other] { try? FileManager.default.removeItem(at: folder) } }
        let git = Self.onPath("git")!
        let heads = try [first, second, other].map { try run(git, ["-C", $0.path, "rev-parse", "HEAD"]) }
        #expect(heads[0] == heads[1])
        #expect(heads[0] != heads[2])
    }
}
