import Foundation
import Testing

@testable import SSPWikiCore

/// Analysis ends in one `AnalysedSite` that rendering only reads: what it holds must be the
/// audience's own results, worked out before it was made, and nothing a later stage adds.
@Suite("Analysed site")
struct AnalysedSiteTests {
    let repo = AudienceFixture.repository()

    func analysed(_ audience: Audience, history: Bool = false) throws -> AnalysedSite {
        let (site, diagnostics) = SiteBuilder().analyse(
            content: repo.content, today: Fixture.today, history: history ? HistoryLoader() : nil, audience: audience)
        #expect(!diagnostics.hasErrors, "\(Fixture.formatted(diagnostics))")
        return try #require(site)
    }

    @Test("the staff site's quality report is the one the checker gives for what staff may see, not the leads' one")
    func qualityIsTheAudiencesOwn() throws {
        let staff = try analysed(.staff)
        let leads = try analysed(.leads)
        // What the quality page of a staff build would show if it were made from the staff model now.
        let (loaded, _) = ContentLoader().load(root: repo.content)
        let (shown, _) = try #require(ContentParser().parse(loaded).0).redacted(for: .staff, history: SiteHistory())
        let (graph, _) = SiteLinker().link(shown)
        let expected = QualityReport(
            findings: QualityChecker().check(shown, graph: graph, today: Fixture.today), model: shown)
        #expect(staff.audience == .staff && leads.audience == .leads)
        #expect(staff.quality.findingsByPlan == expected.findingsByPlan)
        #expect(staff.quality.checkedPlans == expected.checkedPlans)
        // The leads see the restricted plan; a staff site holding their report would list it.
        #expect(leads.quality.checkedPlans.contains("zqcanaryrid"))
        #expect(!staff.quality.checkedPlans.contains("zqcanaryrid"))
        #expect(staff.quality.findingsByPlan != leads.quality.findingsByPlan)
    }

    @Test("the staff site's history and tables hold no restricted plan, and no plan keeps where its fields were written")
    func historyAndTablesAreTheAudiencesOwn() throws {
        let staff = try analysed(.staff, history: true)
        let leads = try analysed(.leads, history: true)
        let restricted = PageRef(.plan, "zqcanaryrid")
        #expect(leads.history.revisions[restricted] != nil)
        #expect(staff.history.revisions[restricted] == nil)
        #expect(leads.plansByID["zqcanaryrid"] != nil && staff.plansByID["zqcanaryrid"] == nil)
        #expect(Set(staff.plansByID.keys) == Set(staff.model.plans.map(\.id)))
        // Only validation and the quality rules read field locations; the site rendered from holds none.
        for site in [staff, leads] {
            #expect(!site.model.plans.isEmpty)
            for plan in site.model.plans { #expect(plan.locations.texts.isEmpty, "\(plan.id) keeps its field locations") }
        }
    }
}
