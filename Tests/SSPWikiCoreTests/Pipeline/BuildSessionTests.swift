import Foundation
import Testing
@testable import SSPWikiCore

@Suite struct BuildSessionTests {
    let today = Day(iso: "2026-10-01")!

    func session(_ fixture: AuthoringFixture) -> BuildSession {
        BuildSession(content: fixture.content, themeDirectories: [AuthoringFixture.themeDirectory])
    }

    /// The pages a full build makes from the content as it is now.
    func fullRender(_ fixture: AuthoringFixture) throws -> [String: String] {
        let (model, graph, diagnostics) = SiteBuilder().analyse(content: fixture.content, today: today)
        #expect(!diagnostics.hasErrors)
        let (files, _) = SiteRenderer(theme: AuthoringFixture.theme(), today: today).render(try #require(model), graph: graph)
        return Self.texts(Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a }))
    }

    static func texts(_ site: [String: OutputFile]) -> [String: String] {
        site.compactMapValues { if case .text(let text) = $0.contents { return text } else { return nil } }
    }

    @Test func aOnePlanEditReparsesOneFileAndRendersOnlyThePagesMadeFromIt() throws {
        let fixture = try AuthoringFixture(["peass/ear-defenders.md": "---\ntitle: Ear defenders\n---\nFor noisy rooms.\n",
                                            "pages/apdr.md": "---\ntitle: APDR\n---\nNo links here.\n"])
        defer { fixture.remove() }
        let session = session(fixture)
        let first = session.rebuild(today: today)
        #expect(first.succeeded)
        #expect(first.parsed == 6)
        #expect(first.rendered == first.pages)

        try fixture.write("plans/amy-khan.md", AuthoringFixture.plan.replacingOccurrences(of: "I like drawing.", with: "I like painting."))
        let second = session.rebuild(today: today)
        #expect(second.succeeded)
        #expect(second.parsed == 1)
        #expect(second.reused == 5)
        // Amy's page, her brother's (related), her INDES section and PEaSS entry, and the lists;
        // not the unrelated PEaSS entry or page.
        // School-wide views (provision map, quality, reviews, staff list) draw on every plan.
        // The search index (search.html, search/…) is made from every plan, so it is rendered again too.
        #expect(second.changed.contains("search/index.js"))
        #expect(second.changed.filter { !$0.hasPrefix("search") } == ["archive.html", "glossary.html", "indes/index.html", "indes/speech-language.html", "index.html",
                                   "pages/index.html", "peass/index.html", "peass/visual-timetable.html",
                                   "plans/amy-khan.html", "plans/jacob-khan.html", "provision-map.csv", "provision-map.html",
                                   "quality.html", "reviews.html", "reviews.ics", "staff/index.html"])
        #expect(Self.texts(second.site)["plans/amy-khan.html"]?.contains("I like painting.") == true)
        #expect(Self.texts(second.site) == (try fullRender(fixture)))

        let third = session.rebuild(today: today)
        #expect(third.parsed == 0)
        #expect(third.changed == [])
    }

    @Test func renamingALinkedPlanRerendersThePagesThatShowItsName() throws {
        let fixture = try AuthoringFixture(["pages/apdr.md": "---\ntitle: APDR\n---\nSee [[plan:jacob-khan]].\n"])
        defer { fixture.remove() }
        let session = session(fixture)
        _ = session.rebuild(today: today)
        try fixture.write("plans/jacob-khan.md", try fixture.read("plans/jacob-khan.md").replacingOccurrences(of: "Jacob Khan", with: "Jake Khan"))
        let result = session.rebuild(today: today)
        #expect(result.changed.contains("pages/apdr.html"))
        #expect(result.changed.contains("plans/amy-khan.html"))
        #expect(Self.texts(result.site) == (try fullRender(fixture)))
    }

    @Test func errorsKeepTheLastGoodSiteUntilFixed() throws {
        let fixture = try AuthoringFixture()
        defer { fixture.remove() }
        let session = session(fixture)
        let good = session.rebuild(today: today)
        try fixture.write("plans/amy-khan.md", AuthoringFixture.plan.replacingOccurrences(of: "name: Amelia Khan", with: "name: [Amelia"))
        let broken = session.rebuild(today: today)
        #expect(!broken.succeeded)
        #expect(broken.diagnostics.contains { $0.file == "plans/amy-khan.md" && $0.severity == .error && $0.message.hasPrefix("malformed YAML") })
        #expect(Self.texts(broken.site) == Self.texts(good.site))
        try fixture.write("plans/amy-khan.md", AuthoringFixture.plan.replacingOccurrences(of: "Amy", with: "Mel"))
        let fixed = session.rebuild(today: today)
        #expect(fixed.succeeded)
        #expect(Self.texts(fixed.site)["plans/amy-khan.html"]?.contains("Mel") == true)
    }

    @Test func aGlossaryChangeReparsesAndRerendersThePagesItShows() throws {
        let fixture = try AuthoringFixture()
        defer { fixture.remove() }
        let session = session(fixture)
        let first = session.rebuild(today: today)
        try fixture.write("glossary.yml", "SALT: Speech and Language Therapist\nTA: Teaching assistant\n")
        let second = session.rebuild(today: today)
        #expect(second.parsed == first.parsed)
        // Pages that mark no changed term are kept (Cache/PageReuseTests checks which).
        #expect(second.changed.contains("glossary.html"))
        #expect(second.changed.count < second.site.keys.filter { $0.hasSuffix(".html") }.count)
        // The glossary marks up pages but is not searched, so the search index stays as it was.
        #expect(!second.changed.contains { $0.hasPrefix("search/") })
        #expect(Self.texts(second.site) == (try fullRender(fixture)))
    }

    @Test func theSearchIndexFindsAWordJustAddedToAPlanAndOnlyItsFilesChange() throws {
        let fixture = try AuthoringFixture()
        defer { fixture.remove() }
        let session = session(fixture)
        let first = session.rebuild(today: today)
        let searchFiles = { (site: [String: OutputFile]) in Self.texts(site).filter { $0.key.hasPrefix("search/") } }
        #expect(!searchFiles(first.site).values.contains { $0.contains("pomegranate") })

        try fixture.write("plans/amy-khan.md", AuthoringFixture.plan.replacingOccurrences(of: "I like drawing.", with: "I like pomegranate."))
        let second = session.rebuild(today: today)
        let changed = second.changed.filter { $0.hasPrefix("search/") }
        #expect(changed.contains { $0.hasPrefix("search/t/") })
        #expect(changed.count < searchFiles(second.site).count)
        #expect(changed.allSatisfy { searchFiles(first.site)[$0] != searchFiles(second.site)[$0] })
        #expect(searchFiles(second.site).values.contains { $0.contains("pomegranate") })
        #expect(Self.texts(second.site) == (try fullRender(fixture)))
    }

    @Test func aDeletedPageLeavesTheSite() throws {
        let fixture = try AuthoringFixture(["pages/apdr.md": "---\ntitle: APDR\n---\nText.\n"])
        defer { fixture.remove() }
        let session = session(fixture)
        #expect(session.rebuild(today: today).site["pages/apdr.html"] != nil)
        try FileManager.default.removeItem(atPath: fixture.content + "/pages/apdr.md")
        let result = session.rebuild(today: today)
        #expect(result.site["pages/apdr.html"] == nil)
        #expect(result.changed.contains("pages/apdr.html"))
    }
}
