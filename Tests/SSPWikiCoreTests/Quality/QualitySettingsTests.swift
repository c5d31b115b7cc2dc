import Testing

@testable import SSPWikiCore

@Suite("Quality settings in site.yml")
struct QualitySettingsTests {
    let weak = QualityContent().replacing("    baseline: 1 of 5 (September observation)\n", with: "")

    func with(_ quality: String) -> QualityContent {
        var fixture = weak
        fixture.files["site.yml"] = "setting: Kestrel Primary School\nplain_language_ignore: [PE]\nquality:\n" + quality
        return fixture
    }

    @Test("a rule set to off reports nothing")
    func off() throws {
        #expect(with("  target-no-baseline: off\n").findings() == [])
    }

    @Test("a rule set to error reports errors, which stop a build")
    func error() throws {
        let (_, diagnostics) = with("  target-no-baseline: error\n").analyse()
        #expect(diagnostics.map(\.severity) == [.error])
        #expect(diagnostics.first?.rule == "target-no-baseline")
    }

    @Test("other rules keep their default severity")
    func otherRules() throws {
        #expect(with("  no-strengths: error\n").findings().map(\.severity) == [.warning])
    }

    @Test("an unknown rule id in site.yml is reported with the likely rule")
    func unknownRule() throws {
        let (_, diagnostics) = with("  target-no-baselin: off\n").analyse()
        let unknown = diagnostics.first { $0.file == "site.yml" }
        #expect(unknown?.message == "unknown field 'quality.target-no-baselin' in the quality settings is ignored")
        #expect(unknown?.hint == "did you mean 'target-no-baseline'?")
    }

    @Test("QualitySettings gives off as nil and the default when nothing is set")
    func settings() {
        let settings = QualitySettings(overrides: ["no-strengths": "off", "review-overdue": "error"])
        #expect(settings.severity(of: .noStrengths) == nil)
        #expect(settings.severity(of: .reviewOverdue) == .error)
        #expect(settings.severity(of: .noAboutMe) == .warning)
        #expect(settings.setting(of: .noStrengths) == "off")
    }
}
