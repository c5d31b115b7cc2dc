import Foundation
import Testing
@testable import SSPWikiCore

/// `serve` and `build` are one pipeline: the site a `BuildSession` holds is, file for file and
/// byte for byte, the site `sspwiki build` writes — history pages and past versions included.
@Suite struct ServeBuildParityTests {
    let today = Day(iso: "2026-10-01")!

    func git(_ fixture: AuthoringFixture, _ arguments: String...) {
        let result = IdentifiedGit().run(Array(arguments), in: fixture.root, input: nil)
        #expect(result.succeeded, "git \(arguments): \(result.stderr)")
    }

    /// Every file under `folder` by its relative path, without sspwiki's own marker.
    func files(under folder: String) throws -> [String: Data] {
        var found: [String: Data] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder))
        while let rel = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder + "/" + rel, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !rel.hasPrefix(".sspwiki") else { continue }
            found[rel] = FileManager.default.contents(atPath: folder + "/" + rel)
        }
        return found
    }

    @Test func theServedSiteIsTheBuiltSiteWithHistory() throws {
        let fixture = try AuthoringFixture()
        defer { fixture.remove() }
        git(fixture, "init", "-q")
        git(fixture, "add", "-A")
        git(fixture, "commit", "-qm", "First plans")
        try fixture.write("plans/amy-khan.md", AuthoringFixture.plan.replacingOccurrences(of: "I like drawing.", with: "I like drawing and maths."))
        git(fixture, "commit", "-qam", "Amy's views")
        // An edit not yet committed is shown as such by both.
        try fixture.write("plans/jacob-khan.md", try fixture.read("plans/jacob-khan.md") + "\nMore about Jacob.\n")

        let output = fixture.root + "/site"
        let report = SiteBuilder().build(BuildOptions(content: fixture.content, output: output,
                                                      themeDirectories: [AuthoringFixture.themeDirectory], today: today))
        #expect(!report.diagnostics.hasErrors)
        let built = try files(under: output)
        #expect(built.keys.contains { $0.hasPrefix("plans/amy-khan/history") }, "the build made no history page")

        let served = BuildSession(content: fixture.content, themeDirectories: [AuthoringFixture.themeDirectory]).rebuild(today: today)
        #expect(served.succeeded)
        #expect(Set(served.site.keys) == Set(built.keys))
        for (path, file) in served.site {
            let bytes: Data?
            switch file.contents {
            case .text(let text): bytes = Data(text.utf8)
            case .copy(let source), .keep(let source): bytes = FileManager.default.contents(atPath: source)
            }
            #expect(bytes == built[path], "\(path) differs between serve and build")
        }
    }
}
