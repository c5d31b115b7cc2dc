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

    @Test("a past version's photo that was since deleted is not linked; the current photo and report are")
    func mediaIsCheckedInAnalysisOnly() throws {
        let history = Fixture.repository()
        for (path, text) in MinimalContent.files { history.write(path, text) }
        history.commit("Plans", date: "2026-09-07")
        history.remove("media/amelia-khan.jpg")
        history.write("media/amelia-new.jpg", "not really a JPEG")
        history.write(
            "plans/amelia-khan.md",
            MinimalContent.plan.replacingOccurrences(of: "photo: media/amelia-khan.jpg", with: "photo: media/amelia-new.jpg"))
        history.commit("New photo", date: "2026-09-20")
        let (analysed, diagnostics) = history.analyseWithHistory()
        #expect(!diagnostics.hasErrors, "\(Fixture.formatted(diagnostics))")
        let site = try #require(analysed)
        #expect(site.history.pastVersionPages.contains { $0.ref == PageRef(.plan, "amelia-khan") })
        #expect(site.mediaPaths == ["media/amelia-new.jpg", "media/salt-report.pdf"])
        let (files, _) = SiteRenderer(theme: Fixture.theme(), today: Fixture.historyToday).render(site)
        let pages = files.compactMap { file -> (String, String)? in
            guard case .text(let text) = file.contents, file.path.hasSuffix(".html") else { return nil }
            return (file.path, text)
        }
        #expect(pages.contains { $0.0 == "plans/amelia-khan.html" && $0.1.contains("media/amelia-new.jpg") })
        for (path, text) in pages { #expect(!text.contains("media/amelia-khan.jpg\""), "\(path) links the deleted photo") }
    }
}
