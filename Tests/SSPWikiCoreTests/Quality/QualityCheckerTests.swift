import Foundation
import Testing

@testable import SSPWikiCore

@Suite("Quality checker")
struct QualityCheckerTests {
    @Test("a plan that follows the guidance has no findings")
    func goodPlanIsClean() throws {
        #expect(QualityContent().findings() == [])
    }

    @Test("archived plans are records and are not checked")
    func archivedPlansAreSkipped() throws {
        let weak = QualityContent().replacing("    baseline: 1 of 5 (September observation)\n", with: "")
        #expect(weak.findings(of: "target-no-baseline").count == 1)
        let archived = weak.replacing("status: active", with: "status: archived")
        #expect(archived.findings() == [])
    }

    @Test("draft plans are checked, so authors see findings before a plan is published")
    func draftsAreChecked() throws {
        let draft = QualityContent().replacing("    baseline: 1 of 5 (September observation)\n", with: "")
            .replacing("status: active", with: "status: draft")
        #expect(draft.findings(of: "target-no-baseline").count == 1)
    }

    @Test("the analysis keeps the findings in the model for the renderer, sorted by plan")
    func reportInModel() throws {
        let weak = QualityContent().replacing("    baseline: 1 of 5 (September observation)\n", with: "")
        let (site, diagnostics) = weak.analyse()
        let report = try #require(site).quality
        #expect(report.checkedPlans == ["amelia-khan"])
        #expect(report.findings(for: "amelia-khan") == diagnostics.filter { $0.rule != nil })
        #expect(report.ruleCounts(among: ["amelia-khan"]).map(\.rule.id) == ["target-no-baseline"])
    }

    @Test("every rule in the catalogue has a unique id, a title, an explanation and a hint")
    func catalogueIsComplete() {
        let ids = QualityRule.catalogue.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(QualityRuleIDs.all == ids)
        for rule in QualityRule.catalogue {
            #expect(!rule.title.isEmpty && !rule.explanation.isEmpty && !rule.hint.isEmpty, "\(rule.id)")
            #expect(ContentID.isValid(rule.id), "\(rule.id)")
        }
    }

    @Test("docs/quality-checks.md documents every rule")
    func documented() throws {
        let docs = try String(contentsOfFile: Fixture.packageRoot + "/docs/quality-checks.md", encoding: .utf8)
        for rule in QualityRule.catalogue { #expect(docs.contains("| `\(rule.id)` |"), "\(rule.id)") }
    }
}
