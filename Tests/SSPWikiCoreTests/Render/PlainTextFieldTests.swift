import Foundation
import Testing

@testable import SSPWikiCore

/// A plain-text field described only by its line in `PlanField.all` (`pronouns`) reaches every
/// place a reader sees it: the plan page, the passport and the family's copy, escaped, and the
/// plan's history when it changes.
@Suite struct PlainTextFieldTests {
    static func content(pronouns: String) -> Fixture {
        Fixture(MinimalContent.files) { files in
            files["plans/amelia-khan.md"] = files["plans/amelia-khan.md"]!
                .replacingOccurrences(of: "known_as: Amy\n", with: "known_as: Amy\npronouns: \(pronouns)\n")
        }
    }

    @Test func pronounsShowOnThePlanPassportAndFamilyCopyEscaped() throws {
        let fixture = Self.content(pronouns: "she/her <b>")
        fixture.buildExpectingSuccess()
        let plan = fixture.page("plans/amelia-khan.html")
        #expect(fact(plan, "Pronouns") == "she/her &lt;b&gt;")
        #expect(!plan.contains("<b>"))
        #expect(fixture.page(SitePaths.passport(ofPlan: "amelia-khan")).contains("Pronouns: she/her &lt;b&gt;"))
        let family = PlanExporterTests.export(fixture, .family)
        #expect(fact(family, "Pronouns") == "she/her &lt;b&gt;")
    }

    @Test func aPlanWithoutTheFieldHasNoRowForIt() {
        let fixture = Fixture(MinimalContent.files)
        fixture.buildExpectingSuccess()
        #expect(fact(fixture.page("plans/amelia-khan.html"), "Pronouns") == nil)
        #expect(!fixture.page(SitePaths.passport(ofPlan: "amelia-khan")).contains("Pronouns"))
    }

    @Test func aChangeIsALineOfTheHistoryUnderTheFieldsLabel() throws {
        let old = try #require(PlanFieldTests.parse(PlanFieldTests.base).0)
        var new = old
        new.texts["pronouns"] = "they/them"
        let lines = ChangeSummary.plan(from: old, to: new, names: ChangeSummary.Names()).lines
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("Pronouns") == true, "\(lines)")
    }

    @Test func aMisspeltKeyIsOneErrorWithTheRightName() {
        let fixture = Fixture(MinimalContent.files) { files in
            files["plans/amelia-khan.md"] = files["plans/amelia-khan.md"]!
                .replacingOccurrences(of: "known_as: Amy\n", with: "known_as: Amy\npronoun: she/her\n")
        }
        let diagnostics = fixture.analyse().diagnostics.filter { $0.message.contains("pronoun") }
        #expect(diagnostics.count == 1, "\(Fixture.formatted(diagnostics))")
        #expect(diagnostics.first?.hint?.contains("pronouns") == true, "\(Fixture.formatted(diagnostics))")
    }
}
