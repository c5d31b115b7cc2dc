import Foundation
import Testing

@testable import SSPWikiCore

/// A session's kept quality findings (`QualityCache`) are always those a new check gives, and
/// an edit inspects again only the plans whose findings it can change.
@Suite struct QualityCacheTests {
    let today = Day(iso: "2026-10-01")!

    /// Two plans of the authoring fixture, a third one nobody links to, and a restricted plan
    /// (so the staff's own model is checked too).
    func fixture() throws -> Fixture {
        Fixture.authoring([
            "plans/zara-ali.md":
                "---\nname: Zara Ali\nstage: sen-support\nstart: 2026-09-08\nreview: 2026-12-11\n---\nZara sees the SALT.\n",
            "plans/lee-wong.md":
                "---\nname: Lee Wong\nstage: sen-support\nstart: 2026-09-08\nreview: 2026-12-11\naccess: restricted\n---\nLee.\n",
        ])
    }

    /// The diagnostics and findings of an analysis with the session's cache, and of a new one.
    func analyse(_ fixture: Fixture, kept cache: QualityCache) -> (kept: Analysis, fresh: Analysis) {
        let (loaded, _) = ContentLoader().load(root: fixture.content)
        let kept = SiteBuilder().analyse(loaded, today: today, memos: AnalysisMemos(quality: cache))
        let fresh = SiteBuilder().analyse(loaded, today: today)
        return (Analysis(kept), Analysis(fresh))
    }

    struct Analysis: Equatable {
        let diagnostics: [Diagnostic]
        let findings: [String: [Diagnostic]]

        init(_ result: (AnalysedSite?, [Diagnostic])) {
            diagnostics = result.1
            findings = result.0?.quality.findingsByPlan ?? [:]
        }
    }

    @Test func editsOfEveryKindKeepTheFindingsANewCheckGives() throws {
        let fixture = try fixture()
        let cache = QualityCache()
        var (kept, fresh) = analyse(fixture, kept: cache)
        #expect(kept == fresh)
        #expect(cache.lastInspected("leads") == 4)
        #expect(cache.lastInspected("staff") == 3, "the staff's model has no restricted plan")

        // A body edit: one plan is inspected again, and its new acronym is found.
        fixture.write(
            "plans/amy-khan.md",
            AuthoringContent.plan.replacingOccurrences(of: "I like drawing.", with: "I like drawing with the SENCO."))
        (kept, fresh) = analyse(fixture, kept: cache)
        #expect(kept == fresh)
        #expect(cache.lastInspected("leads") == 1)
        #expect(kept.findings["amy-khan"]?.contains { $0.rule == "unexplained-acronym" && $0.message.contains("SENCO") } == true)

        // A front-matter edit of a need, a provision and the review date.
        let frontMatter = try fixture.read("plans/amy-khan.md")
            .replacingOccurrences(of: "level: 2", with: "level: 3")
            .replacingOccurrences(of: "minutes: 5", with: "minutes: 20")
            .replacingOccurrences(of: "review: 2026-12-11", with: "review: 2026-09-20")
        fixture.write("plans/amy-khan.md", frontMatter)
        (kept, fresh) = analyse(fixture, kept: cache)
        #expect(kept == fresh)
        #expect(cache.lastInspected("leads") == 1)

        // A rename: the plan has a new path and id.
        try FileManager.default.moveItem(
            atPath: fixture.content + "/plans/zara-ali.md", toPath: fixture.content + "/plans/zara-ahmed.md")
        (kept, fresh) = analyse(fixture, kept: cache)
        #expect(kept == fresh)
        #expect(kept.findings["zara-ahmed"] != nil && kept.findings["zara-ali"] == nil)
        #expect(cache.lastInspected("leads") == 1)

        // A deleted plan: its findings go, nobody else is inspected.
        try FileManager.default.removeItem(atPath: fixture.content + "/plans/zara-ahmed.md")
        (kept, fresh) = analyse(fixture, kept: cache)
        #expect(kept == fresh)
        #expect(kept.findings["zara-ahmed"] == nil)
        #expect(cache.lastInspected("leads") == 0)
    }

    @Test func aGlossaryEditInspectsEveryPlanAgain() throws {
        let fixture = try fixture()
        let cache = QualityCache()
        fixture.write(
            "plans/amy-khan.md",
            AuthoringContent.plan.replacingOccurrences(of: "I like drawing.", with: "I like drawing with the SENCO."))
        _ = analyse(fixture, kept: cache)
        fixture.write("glossary.yml", "SALT: Speech and Language Therapist\nSENCO: Special educational needs co-ordinator\n")
        let (kept, fresh) = analyse(fixture, kept: cache)
        #expect(kept == fresh)
        #expect(cache.lastInspected("leads") == 4)
        #expect(kept.findings["amy-khan"]?.contains { $0.rule == "unexplained-acronym" } != true)
    }

    @Test func aChangeOfWhereAPlansLinksLeadInspectsItAgain() throws {
        let fixture = try fixture()
        let cache = QualityCache()
        // The plan links to a PEaSS entry that is not there yet (an error, but the rules still run).
        fixture.write(
            "plans/zara-ali.md",
            "---\nname: Zara Ali\nstage: sen-support\nstart: 2026-09-08\nreview: 2026-12-11\n---\nSee [[peass:ear-defenders]].\n")
        _ = analyse(fixture, kept: cache)
        fixture.write("peass/ear-defenders.md", "---\ntitle: Ear defenders\n---\nFor noisy rooms.\n")
        let (kept, fresh) = analyse(fixture, kept: cache)
        #expect(kept == fresh)
    }
}
