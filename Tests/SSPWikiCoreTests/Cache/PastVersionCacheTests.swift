import Testing

@testable import SSPWikiCore

/// `serve` keeps past versions between rebuilds (`PastVersionCache`); a version kept must be
/// the very same plan from one rebuild to the next, so memos that know plans by identity
/// (`ConfidentialMemo`) read only what changed.
@Suite("Past versions kept between rebuilds")
struct PastVersionCacheTests {
    /// The history as analysis reads it through `memos`.
    func history(_ repo: Fixture, _ memos: AnalysisMemos, _ loader: HistoryLoader) throws -> SiteHistory {
        let (loaded, _) = ContentLoader().load(root: repo.content)
        let (site, diagnostics) = SiteBuilder().analyse(loaded, today: Fixture.historyToday, history: loader, memos: memos)
        #expect(!diagnostics.hasErrors)
        return try #require(site).history
    }

    /// The versions of `a` and `b` that are plans, and how many of them are the very same plan.
    func sameVersions(_ a: SiteHistory, _ b: SiteHistory) -> (plans: Int, same: Int) {
        var plans = 0
        var same = 0
        for (key, version) in a.versions {
            guard case .plan(let first) = version else { continue }
            plans += 1
            if case .plan(let second)? = b.versions[key], first.isSame(as: second) { same += 1 }
        }
        return (plans, same)
    }

    @Test("every version of an unchanged page, its current text included, is the very same plan again")
    func unchangedVersionsAreTheSamePlans() throws {
        let repo = ImpactFixture.repository()
        let memos = AnalysisMemos.all(hashes: SourceHashes())
        let loader = HistoryLoader().keepingCommitted()
        let first = try history(repo, memos, loader)
        let second = try history(repo, memos, loader)
        let versions = sameVersions(first, second)
        #expect(versions.plans >= 4)
        #expect(versions.same == versions.plans)

        // An edit makes the edited plan's current text a new version; the others stay.
        let jacob = repo.content + "/plans/jacob-khan.md"
        repo.write("plans/jacob-khan.md", try String(contentsOfFile: jacob, encoding: .utf8) + "\nA line added.\n")
        let third = try history(repo, memos, loader)
        let after = sameVersions(second, third)
        #expect(after.same == after.plans - 1)
    }

    /// What a reader can tell of a history: each version's page and value, each page's
    /// revisions with their summaries and version pages, the newest revisions and the
    /// uncommitted pages.
    func shown(_ history: SiteHistory) -> [String] {
        let versions = history.versions.map { key, version -> String in
            let value =
                switch version {
                case .plan(let plan): "plan \(plan.name) \(plan.planNumber) \(plan.body.count)"
                case .page(let title, let document): "page \(title) \(document.plainText.count)"
                case .broken(_, let message): "broken \(message)"
                }
            return "version \(key.ref) \(key.blob) \(value)"
        }
        let revisions = history.revisions.flatMap { ref, list in
            list.map { "revision \(ref) \($0.commit.hash) \($0.versionPath ?? "-") \($0.summary.lines)" }
        }
        let recent = history.recent.map { "recent \($0.ref) \($0.commit.hash)" }
        return versions.sorted() + revisions.sorted() + recent + history.uncommitted.sorted().map { "uncommitted \($0)" }
    }

    @Test("a rebuild makes again only the history of the pages that changed, and shows what a fresh build shows")
    func onlyChangedPagesAreMadeAgain() throws {
        let repo = ImpactFixture.repository()
        repo.write("pages/notes.md", "---\ntitle: Staff notes\n---\nText.\n")
        repo.commit("Staff notes", date: "2027-03-30")
        let memos = AnalysisMemos.all(hashes: SourceHashes())
        let cache = try #require(memos.pastVersions)
        let loader = HistoryLoader().keepingCommitted()
        func expectFresh(_ kept: SiteHistory, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
            let fresh = try history(repo, AnalysisMemos(), HistoryLoader())
            #expect(shown(kept) == shown(fresh), sourceLocation: sourceLocation)
        }
        let first = try history(repo, memos, loader)
        let pages = cache.lastMade
        #expect(pages >= 5)
        try expectFresh(first)

        _ = try history(repo, memos, loader)
        #expect(cache.lastMade == 0)

        let jacob = repo.content + "/plans/jacob-khan.md"
        let text = try String(contentsOfFile: jacob, encoding: .utf8)
        repo.write("plans/jacob-khan.md", text + "\nA line added.\n")
        let edited = try history(repo, memos, loader)
        #expect(cache.lastMade == 1)
        try expectFresh(edited)

        // Back to the committed text: the current version is a past blob again.
        repo.write("plans/jacob-khan.md", text)
        let reverted = try history(repo, memos, loader)
        #expect(cache.lastMade == 1)
        try expectFresh(reverted)

        // A commit moves every commit's place in the log, so every page is made again.
        repo.write("plans/jacob-khan.md", text + "\nA line committed.\n")
        repo.commit("Jacob's note", date: "2027-04-01")
        try expectFresh(try history(repo, memos, loader))
        #expect(cache.lastMade == pages)

        repo.remove("pages/notes.md")
        repo.commit("No staff notes", date: "2027-04-02")
        try expectFresh(try history(repo, memos, loader))
    }
}
