import Testing

@testable import SSPWikiCore

@Suite("Quality rules: needs, provision and targets fit together")
struct CoverageRulesTests {
    let good = QualityContent()

    @Test("a target no provision works towards is reported at the target")
    func targetWithoutProvision() throws {
        let weak = good.replacing("    targets: [T2]\n", with: "    targets: [T1]\n")
        #expect(
            weak.findings() == [
                QualityContent.finding(
                    .targetNoProvision, "no provision on the plan works towards target T2",
                    line: weak.line(of: "  - id: T2"), column: 5)
            ])
        #expect(good.findings(of: "target-no-provision") == [])
    }

    @Test("a need with no provision from its broad area of PEaSS is reported at the need")
    func needWithoutProvision() throws {
        let weak = good.replacing("  - indes: semh\n    level: 1", with: "  - indes: vision\n    level: 1")
        #expect(
            weak.findings() == [
                QualityContent.finding(
                    .needNotAddressed,
                    "the need 'Visual impairment' (physical and sensory) has no provision from that area of PEaSS",
                    line: weak.line(of: "  - indes: vision"), column: 5)
            ])
        #expect(good.findings(of: "need-not-addressed") == [])
    }

    @Test("a PEaSS strategy linked from the plan's body addresses a need too")
    func strategyLinkedFromBody() throws {
        let linked = good.replacing("  - indes: semh\n    level: 1", with: "  - indes: vision\n    level: 1")
            .replacing(
                "- Kind to younger children.", with: "- Kind to younger children.\n\nUse [[peass:enlarged-print]] for worksheets."
            )
        #expect(linked.findings(of: "need-not-addressed") == [])
    }

    @Test("the broad area of an INDES section is read from its wording")
    func broadAreas() {
        #expect(PeassCategory(broadArea: "Communication and interaction") == .communicationInteraction)
        #expect(PeassCategory(broadArea: "Cognition and learning") == .cognitionLearning)
        #expect(PeassCategory(broadArea: "Social, emotional and mental health") == .semh)
        #expect(PeassCategory(broadArea: "Sensory and/or physical") == .physicalSensory)
        #expect(PeassCategory(broadArea: "Medical") == nil)
    }
}
