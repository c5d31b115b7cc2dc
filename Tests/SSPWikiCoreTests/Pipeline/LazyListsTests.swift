import Foundation
import Testing

@testable import SSPWikiCore

/// `serve`'s lazy lists (`BuildSession(lazyLists: true)`): an edit renders only the pages made
/// from what it touched; the school-wide pages and the search index wait until they are asked
/// for, and are then exactly what a full render of the content makes.
@Suite struct LazyListsTests {
    let today = Day(iso: "2026-10-01")!

    func fixture() throws -> Fixture {
        Fixture.authoring([
            "plans/zara-ali.md":
                "---\nname: Zara Ali\nstage: sen-support\nstart: 2026-09-08\nreview: 2026-12-11\nclass: Owls\n---\nZara sees the SALT.\n",
            "pages/apdr.md": "---\ntitle: APDR\n---\nSee [[plan:zara-ali]].\n",
        ])
    }

    func session(_ fixture: Fixture) -> BuildSession {
        BuildSession(content: fixture.content, themeDirectories: [Fixture.defaultTheme], lazyLists: true)
    }

    /// Every text file a full render of the content makes now, with the copied text files.
    func fullRender(_ fixture: Fixture) throws -> [String: String] {
        let (site, diagnostics) = SiteBuilder().analyse(content: fixture.content, today: today)
        #expect(!diagnostics.hasErrors)
        let (files, _) = SiteRenderer(theme: Fixture.theme(), today: today).render(try #require(site))
        return BuildSessionTests.texts(Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a }))
    }

    /// A session built once with every page rendered, then rebuilt after an edit of Amy's plan.
    func sessionAfterAnEdit(_ fixture: Fixture) -> (BuildSession, Rebuild) {
        let session = session(fixture)
        #expect(session.rebuild(today: today).succeeded)
        _ = session.finishPending()
        fixture.write(
            "plans/amy-khan.md", AuthoringContent.plan.replacingOccurrences(of: "I like drawing.", with: "I like painting."))
        return (session, session.rebuild(today: today))
    }

    @Test func aPlanEditLeavesTheSchoolWidePagesWaitingUntilTheyAreAskedFor() throws {
        let fixture = try fixture()
        let (session, edit) = sessionAfterAnEdit(fixture)
        #expect(edit.succeeded)
        #expect(edit.changed.contains("plans/amy-khan.html"))
        #expect(BuildSessionTests.texts(edit.site)["plans/amy-khan.html"]?.contains("I like painting.") == true)
        // The dashboard, lists and search index wait; the unrelated plan's page is kept.
        for path in ["index.html", "quality.html", "reviews.html", "provision-map.html", "glossary.html", "staff/index.html"] {
            #expect(edit.pending.contains(path), "\(path) is rendered in the edit's rebuild")
            #expect(edit.site[path] == nil, "\(path) is served from before the edit")
        }
        #expect(edit.searchPending && !edit.site.keys.contains { $0.hasPrefix("search/") })
        #expect(!edit.changed.contains("plans/zara-ali.html"))

        let full = try fullRender(fixture)
        let asked = try #require(session.file(at: "index.html"))
        #expect(BuildSessionTests.texts(["index.html": asked])["index.html"] == full["index.html"])
        let search = try #require(session.file(at: "search/index.js"))
        #expect(BuildSessionTests.texts(["search/index.js": search])["search/index.js"] == full["search/index.js"])
        #expect(session.file(at: "no-such-page.html") == nil)
    }

    @Test("a page rendered when asked for is kept by a rebuild that changed nothing it is made from")
    func anAskedForPageIsKeptByTheNextRebuild() throws {
        let fixture = try fixture()
        let (session, edit) = sessionAfterAnEdit(fixture)
        #expect(edit.pending.contains("index.html"))
        let asked = try #require(session.file(at: "index.html"))

        let again = session.rebuild(today: today)
        #expect(again.changed == [])
        #expect(!again.pending.contains("index.html"))
        #expect(BuildSessionTests.texts(again.site)["index.html"] == BuildSessionTests.texts(["index.html": asked])["index.html"])
    }

    @Test func afterEditsOfEveryKindTheAskedForPagesAreThoseOfAFullRender() throws {
        let fixture = try fixture()
        let session = session(fixture)
        #expect(session.rebuild(today: today).succeeded)
        let edits: [(String, () throws -> Void)] = [
            (
                "a body edit",
                {
                    fixture.write(
                        "plans/amy-khan.md",
                        AuthoringContent.plan.replacingOccurrences(of: "I like drawing.", with: "I like drawing with the SENCO."))
                }
            ),
            (
                "a front-matter edit of a need, a provision and the review date",
                {
                    fixture.write(
                        "plans/amy-khan.md",
                        try fixture.read("plans/amy-khan.md")
                            .replacingOccurrences(of: "level: 2", with: "level: 3")
                            .replacingOccurrences(of: "minutes: 5", with: "minutes: 20")
                            .replacingOccurrences(of: "review: 2026-12-11", with: "review: 2026-09-20"))
                }
            ),
            (
                "a rename",
                {
                    try FileManager.default.moveItem(
                        atPath: fixture.content + "/plans/zara-ali.md", toPath: fixture.content + "/plans/zara-ahmed.md")
                    fixture.write("pages/apdr.md", "---\ntitle: APDR\n---\nSee [[plan:zara-ahmed]].\n")
                }
            ),
            (
                "a deleted plan",
                {
                    try FileManager.default.removeItem(atPath: fixture.content + "/plans/zara-ahmed.md")
                    fixture.write("pages/apdr.md", "---\ntitle: APDR\n---\nNo links here.\n")
                }
            ),
            (
                "a glossary edit",
                {
                    fixture.write(
                        "glossary.yml", "SALT: Speech and Language Therapist\nSENCO: Special educational needs co-ordinator\n")
                }
            ),
        ]
        for (name, edit) in edits {
            try edit()
            let result = session.rebuild(today: today)
            #expect(result.succeeded, "\(name): \(result.diagnostics.filter { $0.severity == .error })")
            #expect(!result.pending.isEmpty, "\(name) left nothing waiting")
            let served = BuildSessionTests.texts(session.finishPending())
            let full = try fullRender(fixture)
            #expect(Set(served.keys) == Set(full.keys), "\(name): the files differ")
            for (path, text) in full where served[path] != text {
                Issue.record("\(name): \(path) differs from a full render")
            }
        }
    }
}
