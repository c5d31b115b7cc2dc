import Foundation
import Testing

@testable import SSPWikiCore

/// `serve` and `build` are one pipeline: the site a `BuildSession` holds is, file for file and
/// byte for byte, the site `sspwiki build` writes — history pages and past versions included.
@Suite struct ServeBuildParityTests {
    let today = Day(iso: "2026-10-01")!

    func git(_ fixture: Fixture, _ arguments: String...) {
        let result = IdentifiedGit().run(Array(arguments), in: fixture.root, input: nil)
        #expect(result.succeeded, "git \(arguments): \(result.stderr)")
    }

    /// The authoring fixture as a git repository with one commit.
    func repository() throws -> Fixture {
        let fixture = Fixture.authoring()
        git(fixture, "init", "-q")
        git(fixture, "add", "-A")
        git(fixture, "commit", "-qm", "First plans")
        return fixture
    }

    /// The repository with a second commit of Amy's plan (her first version becomes a past
    /// version), and a session that has built it once.
    func servedWithAmysPastVersion() throws -> (Fixture, BuildSession) {
        let fixture = try repository()
        fixture.write(
            "plans/amy-khan.md", AuthoringContent.plan.replacingOccurrences(of: "I like drawing.", with: "I like maths."))
        git(fixture, "commit", "-qam", "Amy's views")
        let session = BuildSession(content: fixture.content, themeDirectories: [Fixture.defaultTheme])
        #expect(session.rebuild(today: today).succeeded)
        return (fixture, session)
    }

    /// Every file under `folder` by its relative path, without sspwiki's own marker.
    func files(under folder: String) throws -> [String: Data] {
        var found: [String: Data] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder))
        while let rel = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder + "/" + rel, isDirectory: &isDirectory), !isDirectory.boolValue,
                !rel.hasPrefix(".sspwiki")
            else { continue }
            found[rel] = FileManager.default.contents(atPath: folder + "/" + rel)
        }
        return found
    }

    @Test func theServedSiteIsTheBuiltSiteWithHistory() throws {
        let fixture = try repository()
        fixture.write(
            "plans/amy-khan.md",
            AuthoringContent.plan.replacingOccurrences(of: "I like drawing.", with: "I like drawing and maths."))
        git(fixture, "commit", "-qam", "Amy's views")
        // An edit not yet committed is shown as such by both.
        fixture.write("plans/jacob-khan.md", try fixture.read("plans/jacob-khan.md") + "\nMore about Jacob.\n")

        fixture.buildExpectingSuccess(today: today)
        let built = try files(under: fixture.output)
        #expect(built.keys.contains { $0.hasPrefix("plans/amy-khan/history") }, "the build made no history page")

        let served = BuildSession(content: fixture.content, themeDirectories: [Fixture.defaultTheme]).rebuild(
            today: today)
        expectSame(served, built)
    }

    @Test("a session's kept past versions are parsed again when the glossary changes, and match a new build")
    func keptPastVersionsFollowTheGlossary() throws {
        let (fixture, session) = try servedWithAmysPastVersion()
        // A glossary term found only in the first version's text: its past version page must mark it.
        fixture.write("glossary.yml", "drawing: Making pictures with pencils\n")
        git(fixture, "commit", "-qam", "Glossary")
        let served = session.rebuild(today: today)
        fixture.buildExpectingSuccess(today: today)
        let built = try files(under: fixture.output)
        let pastVersions = built.filter { $0.key.hasPrefix("plans/amy-khan/rev/") }
        #expect(
            pastVersions.values.contains { String(decoding: $0, as: UTF8.self).contains("Making pictures with pencils") },
            "the first version's page explains the new term")
        expectSame(served, built)
    }

    @Test("an edit between commits and the commit after it each give the site a new build writes")
    func editsAndCommitsUnderServe() throws {
        let fixture = try repository()
        let session = BuildSession(content: fixture.content, themeDirectories: [Fixture.defaultTheme])
        #expect(session.rebuild(today: today).succeeded)
        // Not committed: the session keeps the log it read, and marks the plan as changed.
        fixture.write(
            "plans/amy-khan.md", AuthoringContent.plan.replacingOccurrences(of: "I like drawing.", with: "I like maths."))
        fixture.buildExpectingSuccess(today: today)
        expectSame(session.rebuild(today: today), try files(under: fixture.output))
        // Committed: HEAD moved, so the log is read again and the plan has a second revision.
        git(fixture, "commit", "-qam", "Amy's views")
        let served = session.rebuild(today: today)
        fixture.buildExpectingSuccess(today: today)
        let built = try files(under: fixture.output)
        #expect(built.keys.contains { $0.hasPrefix("plans/amy-khan/rev/") }, "the build made no past version page")
        expectSame(served, built)
    }

    @Test("a past version's links under serve, with the link graph kept and after it is made anew, are a new build's")
    func pastVersionLinksUnderServe() throws {
        // Amy's first version links to Jacob: her past version page shows that link.
        let (fixture, session) = try servedWithAmysPastVersion()
        // An edit that changes no link: the graph is kept, and the past version's links with it.
        fixture.write("plans/jacob-khan.md", try fixture.read("plans/jacob-khan.md") + "\nMore about Jacob.\n")
        var served = session.rebuild(today: today)
        #expect(session.memos.links?.lastReused("leads") == true)
        fixture.buildExpectingSuccess(today: today)
        var built = try files(under: fixture.output)
        let pastVersions = built.filter { $0.key.hasPrefix("plans/amy-khan/rev/") }
        #expect(pastVersions.values.contains { String(decoding: $0, as: UTF8.self).contains("jacob-khan.html") })
        expectSame(served, built)
        // Jacob renamed: the graph is made anew, and the past version's link shows the new name.
        fixture.write(
            "plans/jacob-khan.md",
            try fixture.read("plans/jacob-khan.md").replacingOccurrences(of: "name: Jacob Khan", with: "name: Jacob Ali Khan"))
        served = session.rebuild(today: today)
        #expect(session.memos.links?.lastReused("leads") == false)
        fixture.buildExpectingSuccess(today: today)
        built = try files(under: fixture.output)
        expectSame(served, built)
    }

    @Test("a plan renamed under serve is renamed in the change summaries of other plans, as in a new build")
    func renameReachesOtherPlansSummaries() throws {
        let fixture = try repository()
        fixture.write(
            "plans/jacob-khan.md",
            try fixture.read("plans/jacob-khan.md").replacingOccurrences(of: "related: [amy-khan]\n", with: ""))
        git(fixture, "commit", "-qam", "Jacob: no related plan")
        let session = BuildSession(content: fixture.content, themeDirectories: [Fixture.defaultTheme])
        let first = session.rebuild(today: today)
        let jacobsHistory = first.site.filter { path, file in
            guard path.hasPrefix("plans/jacob-khan"), case .text(let text) = file.contents else { return false }
            return text.contains("Related plan")
        }
        #expect(!jacobsHistory.isEmpty, "Jacob's history names the related plan removed")
        // Amy's name changes in her file only: Jacob's history must quote the new name.
        fixture.write(
            "plans/amy-khan.md",
            try fixture.read("plans/amy-khan.md").replacingOccurrences(of: "name: Amelia Khan", with: "name: Amelia Rose Khan"))
        let served = session.rebuild(today: today)
        fixture.buildExpectingSuccess(today: today)
        let built = try files(under: fixture.output)
        #expect(
            built.contains {
                $0.key.hasPrefix("plans/jacob-khan") && String(decoding: $0.value, as: UTF8.self).contains("Amelia Rose Khan")
            },
            "the build quotes the new name in Jacob's history")
        expectSame(served, built)
    }

    @Test("after an edit under serve, every school-wide page asked for is the page a new build writes")
    func lazyPagesAfterAnEditAreTheBuiltPages() throws {
        let fixture = try repository()
        let session = BuildSession(content: fixture.content, themeDirectories: [Fixture.defaultTheme], lazyLists: true)
        #expect(session.rebuild(today: today).succeeded)
        fixture.write(
            "plans/amy-khan.md", AuthoringContent.plan.replacingOccurrences(of: "I like drawing.", with: "I like maths."))
        git(fixture, "commit", "-qam", "Amy's views")
        fixture.write(
            "plans/jacob-khan.md",
            try fixture.read("plans/jacob-khan.md").replacingOccurrences(of: "review: 2026-12-11", with: "review: 2026-09-20"))
        let served = session.rebuild(today: today)
        #expect(
            ["index.html", "changes.html", "impact.html", "reviews.html", "quality.html"].allSatisfy(served.pending.contains))

        fixture.buildExpectingSuccess(today: today)
        let built = try files(under: fixture.output)
        var asked = served.site
        for path in served.pending.union(served.searchPending ? built.keys.filter { $0.hasPrefix("search/") } : []) {
            asked[path] = session.file(at: path)
        }
        expectSame(served.succeeded, asked, built)
    }

    func expectSame(_ served: Rebuild, _ built: [String: Data], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        expectSame(served.succeeded, served.site, built, sourceLocation: sourceLocation)
    }

    func expectSame(
        _ succeeded: Bool, _ site: [String: OutputFile], _ built: [String: Data],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(succeeded, sourceLocation: sourceLocation)
        #expect(Set(site.keys) == Set(built.keys), sourceLocation: sourceLocation)
        for (path, file) in site {
            let bytes: Data?
            switch file.contents {
            case .text(let text): bytes = Data(text.utf8)
            case .copy(let source), .keep(let source): bytes = FileManager.default.contents(atPath: source)
            }
            #expect(bytes == built[path], "\(path) differs between serve and build", sourceLocation: sourceLocation)
        }
    }
}
