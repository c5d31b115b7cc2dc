import Testing

@testable import SSPWikiCore

@Suite("Quality rules: the child's and family's voice")
struct VoiceRulesTests {
    let good = QualityContent()

    @Test("a plan without an About me section is reported at the start of the body")
    func noAboutMe() throws {
        let weak = good.replacing("## About me\n\nI like drawing, horses and my SALT sessions.\n\n", with: "")
        #expect(
            weak.findings() == [
                QualityContent.finding(
                    .noAboutMe, "the plan has no 'About me' section with the child's own views",
                    line: weak.line(of: "## Family views"), column: 1)
            ])
        #expect(good.findings(of: "no-about-me") == [])
    }

    @Test("an empty Strengths section is reported at its heading")
    func emptyStrengths() throws {
        let weak = good.replacing("- Kind to younger children.\n", with: "")
        #expect(
            weak.findings() == [
                QualityContent.finding(
                    .noStrengths, "the 'Strengths' section is empty", line: weak.line(of: "## Strengths"), column: 1)
            ])
        #expect(good.findings(of: "no-strengths") == [])
    }

    @Test("a plan without family views is reported; headings are matched whatever their case")
    func noFamilyViews() throws {
        let weak = good.replacing("## Family views\n\nMum says Amy is chatty at home.\n\n", with: "")
        #expect(
            weak.findings() == [
                QualityContent.finding(
                    .noFamilyViews, "the plan has no 'Family views' section with the views of parents or carers",
                    line: weak.line(of: "## About me"), column: 1)
            ])
        let otherCase = good.replacing("## Family views", with: "## Family Views")
        #expect(otherCase.findings(of: "no-family-views") == [])
    }
}
