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
}
