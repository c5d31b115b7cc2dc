import Foundation
import Testing

@testable import SSPWikiCore

@Suite struct HookInstallerTests {
    func repository() throws -> String {
        let root = NSTemporaryDirectory() + "sspwiki-hook-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root + "/send/content", withIntermediateDirectories: true)
        #expect(IdentifiedGit().run(["init", "-q"], in: root, input: nil).succeeded)
        return root
    }

    @Test func theHookNamesTheContentFolderFromTheRepositoryTop() throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let hook = try HookInstaller(git: IdentifiedGit(), tool: "/opt/it's here/sspwiki").install(
            in: root + "/send", content: "content"
        ).get()
        #expect(
            URL(fileURLWithPath: hook).resolvingSymlinksInPath().path
                == URL(fileURLWithPath: root + "/.git/hooks/pre-commit").resolvingSymlinksInPath().path)
        let text = try String(contentsOfFile: hook, encoding: .utf8)
        #expect(text.contains("content='send/content'\n"))
        #expect(text.contains("sspwiki='/opt/it'\\''s here/sspwiki'"))
        #expect(FileManager.default.isExecutableFile(atPath: hook))
    }

    @Test func aHookSspwikiDidNotWriteIsNeverReplacedButItsOwnIsUpdated() throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let hook = root + "/.git/hooks/pre-commit"
        let foreign = "#!/bin/sh\nrun-the-linter\n"
        try FileManager.default.createDirectory(atPath: root + "/.git/hooks", withIntermediateDirectories: true)
        try foreign.write(toFile: hook, atomically: true, encoding: .utf8)
        let installer = HookInstaller(git: IdentifiedGit())
        guard case .failure(let problem) = installer.install(in: root, content: "send/content") else {
            Issue.record("replaced a foreign hook")
            return
        }
        #expect(problem.message.hasSuffix("pre-commit already exists and was not written by sspwiki"))
        #expect(
            problem.hint == "add `sspwiki check --content send/content` to that hook yourself, or move it away and install again")
        #expect(try String(contentsOfFile: hook, encoding: .utf8) == foreign)

        try FileManager.default.removeItem(atPath: hook)
        _ = try installer.install(in: root, content: "send/content").get()
        _ = try installer.install(in: root, content: "content-moved").get()
        #expect(try String(contentsOfFile: hook, encoding: .utf8).contains("content='content-moved'"))
    }

    @Test func outsideARepositoryOrWithContentOutsideItTheInstallIsRefused() throws {
        let plain = NSTemporaryDirectory() + "sspwiki-hook-plain-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: plain, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: plain) }
        guard case .failure(let outside) = HookInstaller(git: IdentifiedGit()).install(in: plain, content: "content") else {
            Issue.record("installed outside a repository")
            return
        }
        #expect(outside.message == "\(plain) is not inside a git repository")

        let root = try repository()
        defer { try? FileManager.default.removeItem(atPath: root) }
        guard case .failure(let elsewhere) = HookInstaller(git: IdentifiedGit()).install(in: root, content: plain) else {
            Issue.record("accepted a content folder outside the repository")
            return
        }
        #expect(elsewhere.message.hasPrefix("the content folder \(plain) is not inside the repository"))
    }
}
