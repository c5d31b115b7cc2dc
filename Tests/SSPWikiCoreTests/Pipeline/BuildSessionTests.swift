import Foundation
import Testing

@testable import SSPWikiCore

@Suite struct BuildSessionTests {
    let today = Day(iso: "2026-10-01")!

    func session(_ fixture: Fixture) -> BuildSession {
        BuildSession(content: fixture.content, themeDirectories: [Fixture.defaultTheme])
    }

    /// The pages a full build makes from the content as it is now.
    func fullRender(_ fixture: Fixture) throws -> [String: String] {
        let (site, diagnostics) = SiteBuilder().analyse(content: fixture.content, today: today)
        #expect(!diagnostics.hasErrors)
        let (files, _) = SiteRenderer(theme: Fixture.theme(), today: today).render(try #require(site))
        return Self.texts(Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a }))
    }

    static func texts(_ site: [String: OutputFile]) -> [String: String] {
        site.compactMapValues { if case .text(let text) = $0.contents { return text } else { return nil } }
    }

    @Test func aOnePlanEditReparsesOneFileAndRendersOnlyThePagesMadeFromIt() throws {
        let fixture = Fixture.authoring([
            "peass/ear-defenders.md": "---\ntitle: Ear defenders\n---\nFor noisy rooms.\n",
            "pages/apdr.md": "---\ntitle: APDR\n---\nNo links here.\n",
        ])
        let session = session(fixture)
        let first = session.rebuild(today: today)
        #expect(first.succeeded)
        #expect(first.parsed == 6)
        #expect(first.rendered == first.pages)

        fixture.write(
            "plans/amy-khan.md", AuthoringContent.plan.replacingOccurrences(of: "I like drawing.", with: "I like painting."))
        let second = session.rebuild(today: today)
        #expect(second.succeeded)
        #expect(second.parsed == 1)
        #expect(second.reused == 5)
        // Amy's page, her brother's (related), and the lists; not her INDES section's and PEaSS
        // entry's pages (their rows show nothing of her body), the unrelated PEaSS entry or page.
        // School-wide views (provision map, quality, reviews, staff list) draw on every plan.
        // The search index (search.html, search/…) is made from every plan, so it is rendered again too.
        #expect(second.changed.contains("search/index.js"))
        #expect(
            second.changed.filter { !$0.hasPrefix("search") } == [
                "archive.html", "glossary.html", "indes/index.html", "index.html",
                "pages/index.html", "peass/index.html",
                "plans/amy-khan.html", "plans/amy-khan/passport.html", "plans/jacob-khan.html",
                "plans/jacob-khan/passport.html", "provision-map.csv", "provision-map.html",
                "quality.html", "reviews.html", "reviews.ics", "staff/index.html",
            ])
        #expect(Self.texts(second.site)["plans/amy-khan.html"]?.contains("I like painting.") == true)
        #expect(Self.texts(second.site) == (try fullRender(fixture)))

        let third = session.rebuild(today: today)
        #expect(third.parsed == 0)
        #expect(third.changed == [])
    }

    @Test func renamingALinkedPlanRerendersThePagesThatShowItsName() throws {
        let fixture = Fixture.authoring(["pages/apdr.md": "---\ntitle: APDR\n---\nSee [[plan:jacob-khan]].\n"])
        let session = session(fixture)
        _ = session.rebuild(today: today)
        fixture.write(
            "plans/jacob-khan.md",
            try fixture.read("plans/jacob-khan.md").replacingOccurrences(of: "Jacob Khan", with: "Jake Khan"))
        let result = session.rebuild(today: today)
        #expect(result.changed.contains("pages/apdr.html"))
        #expect(result.changed.contains("plans/amy-khan.html"))
        #expect(Self.texts(result.site) == (try fullRender(fixture)))
    }

    @Test("archiving a plan re-renders the INDES section and PEaSS entry pages whose rows show its status")
    func archivingAPlanRerendersTheRowsThatShowIt() throws {
        let fixture = Fixture.authoring([
            "peass/visual-timetable.md": "---\ntitle: Visual timetable\n---\nPictures of the day.\n"
        ])
        let session = session(fixture)
        #expect(session.rebuild(today: today).succeeded)
        fixture.write(
            "plans/amy-khan.md",
            AuthoringContent.plan.replacingOccurrences(of: "plan_number: 1", with: "plan_number: 1\nstatus: archived"))
        let result = session.rebuild(today: today)
        #expect(result.succeeded)
        #expect(result.changed.contains("indes/speech-language.html"))
        #expect(result.changed.contains("peass/visual-timetable.html"))
        #expect(Self.texts(result.site) == (try fullRender(fixture)))
    }

    @Test func aPlanWithAnErrorShowsItInItsOwnPlaceAndTheOtherPagesStayCurrent() throws {
        let fixture = Fixture.authoring()
        let session = session(fixture)
        let good = session.rebuild(today: today)
        #expect(good.succeeded && good.brokenPages.isEmpty)
        fixture.write(
            "plans/amy-khan.md", AuthoringContent.plan.replacingOccurrences(of: "name: Amelia Khan", with: "name: [Amelia"))
        fixture.write(
            "plans/jacob-khan.md",
            try fixture.read("plans/jacob-khan.md").replacingOccurrences(of: "Jacob.", with: "Jacob likes trains."))
        let broken = session.rebuild(today: today)
        #expect(!broken.succeeded)
        let errors = broken.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.file == "plans/amy-khan.md")
        #expect(broken.brokenPages == ["plans/amy-khan.html": errors])
        // The edit to the other plan is served at once, links to the broken plan included.
        #expect(Self.texts(broken.site)["plans/jacob-khan.html"]?.contains("Jacob likes trains.") == true)
        #expect(Self.texts(broken.site)["index.html"] != nil)

        fixture.write("plans/amy-khan.md", AuthoringContent.plan.replacingOccurrences(of: "Amy", with: "Mel"))
        let fixed = session.rebuild(today: today)
        #expect(fixed.succeeded && fixed.brokenPages.isEmpty)
        #expect(Self.texts(fixed.site)["plans/amy-khan.html"]?.contains("Mel") == true)
        #expect(Self.texts(fixed.site) == (try fullRender(fixture)))
    }

    @Test func anErrorNoPageCanShowKeepsTheLastGoodSiteUntilFixed() throws {
        let fixture = Fixture.authoring()
        let session = session(fixture)
        let good = session.rebuild(today: today)
        fixture.write("site.yml", "setting: Kestrel Primary School\nreview_soon_days: soon\n")
        let broken = session.rebuild(today: today)
        #expect(!broken.succeeded)
        #expect(broken.brokenPages.isEmpty)
        #expect(broken.diagnostics.contains { $0.file == "site.yml" && $0.severity == .error })
        #expect(Self.texts(broken.site) == Self.texts(good.site))
    }

    @Test func draftsArePreviewedOnlyWhenAskedAndBannered() throws {
        let fixture = Fixture.authoring()
        let draft = AuthoringContent.plan.replacingOccurrences(of: "name: Amelia Khan", with: "name: Zara Ali\nstatus: draft")
            .replacingOccurrences(of: "[[plan:jacob-khan]]", with: "Jacob")
        fixture.write("plans/zara-ali.md", draft)
        let plain = session(fixture).rebuild(today: today)
        #expect(plain.succeeded)
        #expect(plain.site["plans/zara-ali.html"] == nil)
        let preview = BuildSession(content: fixture.content, themeDirectories: [Fixture.defaultTheme], drafts: true)
            .rebuild(today: today)
        #expect(preview.succeeded)
        let page = try #require(Self.texts(preview.site)["plans/zara-ali.html"])
        #expect(page.contains("Draft: not published."))
        #expect(Self.texts(preview.site)["plans/amy-khan.html"]?.contains("Draft: not published.") == false)
    }

    @Test func aGlossaryChangeReparsesAndRerendersThePagesItShows() throws {
        let fixture = Fixture.authoring()
        let session = session(fixture)
        let first = session.rebuild(today: today)
        fixture.write("glossary.yml", "SALT: Speech and Language Therapist\nTA: Teaching assistant\n")
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
        let fixture = Fixture.authoring()
        let session = session(fixture)
        let first = session.rebuild(today: today)
        let searchFiles = { (site: [String: OutputFile]) in Self.texts(site).filter { $0.key.hasPrefix("search/") } }
        #expect(!searchFiles(first.site).values.contains { $0.contains("pomegranate") })

        fixture.write(
            "plans/amy-khan.md", AuthoringContent.plan.replacingOccurrences(of: "I like drawing.", with: "I like pomegranate."))
        let second = session.rebuild(today: today)
        let changed = second.changed.filter { $0.hasPrefix("search/") }
        #expect(changed.contains { $0.hasPrefix("search/t/") })
        #expect(changed.count < searchFiles(second.site).count)
        #expect(changed.allSatisfy { searchFiles(first.site)[$0] != searchFiles(second.site)[$0] })
        #expect(searchFiles(second.site).values.contains { $0.contains("pomegranate") })
        #expect(Self.texts(second.site) == (try fullRender(fixture)))
    }

    @Test func aDeletedPageLeavesTheSite() throws {
        let fixture = Fixture.authoring(["pages/apdr.md": "---\ntitle: APDR\n---\nText.\n"])
        let session = session(fixture)
        #expect(session.rebuild(today: today).site["pages/apdr.html"] != nil)
        try FileManager.default.removeItem(atPath: fixture.content + "/pages/apdr.md")
        let result = session.rebuild(today: today)
        #expect(result.site["pages/apdr.html"] == nil)
        #expect(result.changed.contains("pages/apdr.html"))
    }
}
