import Foundation
import Testing

@testable import SSPWikiCore

/// Documents made with `sspwiki export` follow the audience of the model they are given: the
/// default (staff) documents hold nothing confidential, and a leads' document says so at the top.
@Suite("Export canaries")
final class ExportCanaryTests {
    let repo = AudienceFixture.repository()

    func exporter(_ audience: Audience) -> PlanExporter {
        let (site, diagnostics) = SiteBuilder().analyse(
            content: repo.content, today: Fixture.today,
            history: HistoryLoader(), audience: audience)
        #expect(!diagnostics.hasErrors, "\(Fixture.formatted(diagnostics))")
        let theme = Theme.load(directories: [Fixture.defaultTheme]).0!
        return PlanExporter(theme: theme, site: site!, today: Fixture.today)
    }

    @Test("the family's, the child's and the transfer documents for staff hold no canary and no notice")
    func staffDocumentsHoldNothing() throws {
        let exporter = exporter(.staff)
        for kind in [PlanExporter.Kind.family, .child, .transfer] {
            let text = try #require(exporter.export("amelia-khan", as: kind).0, "\(kind.name) exported")
            #expect(text.contains("Amelia"), "\(kind.name) shows the plan")
            #expect(text.range(of: "zqcanary", options: .caseInsensitive) == nil, "a canary in the \(kind.name) document")
            for word in AudienceFixture.flagWords { #expect(!text.contains(word), "'\(word)' in the \(kind.name) document") }
            #expect(!text.contains("document-confidential"))
        }
        let (restricted, problems) = exporter.export("zqcanaryrid", as: .family)
        #expect(restricted == nil && problems.first?.severity == .error, "a restricted plan is not exported for staff")
    }

    @Test("a leads' document holds the confidential detail and names who may see it at the top")
    func leadsDocumentIsMarked() throws {
        let text = try #require(exporter(.leads).export("amelia-khan", as: .transfer).0)
        #expect(text.contains("zqcanarymedical") && text.contains("zqcanaryagency"))
        let notice = try #require(text.range(of: "<p class=\"document-confidential\" role=\"note\">"))
        #expect(
            text[notice.upperBound...].hasPrefix(
                "<strong>Confidential information.</strong> This document holds details that only SENDCo and DSL may see."))
        #expect(notice.lowerBound < text.range(of: "zqcanarymedical")!.lowerBound, "the notice comes first")
    }
}
