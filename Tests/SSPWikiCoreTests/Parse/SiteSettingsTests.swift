import Testing

@testable import SSPWikiCore

@Suite("site.yml: the settings of the setting")
struct SiteSettingsTests {
    func settings(_ site: String) -> (config: SiteConfig?, diagnostics: [Diagnostic]) {
        let fixture = Fixture(minimal: { $0["site.yml"] = site })
        let (model, _, diagnostics) = fixture.analyse()
        return (model?.config, diagnostics.about("site.yml"))
    }

    @Test func everySettingIsRead() throws {
        let (config, diagnostics) = settings(
            """
            setting: Kestrel Primary School
            phase: all-through
            academic_year_start: 2026-09-01
            review_soon_days: 21
            base_path: /send/plans
            staff_rates:
              TA: 15.20
              Teacher: 38
            calendar_full_names: true
            plain_language_ignore: [PE, OK]
            quality:
              target-no-baseline: off
              review-overdue: error
              unexplained-acronym: warning

            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let site = try #require(config)
        #expect(site.setting == "Kestrel Primary School")
        #expect(site.phase == .allThrough)
        #expect(site.academicYearStart == Day(iso: "2026-09-01"))
        #expect(site.reviewSoonDays == 21)
        #expect(site.basePath == "/send/plans/")
        #expect(site.staffRates == ["TA": 15.20, "Teacher": 38])
        #expect(site.calendarFullNames)
        #expect(site.plainLanguageIgnore == ["PE", "OK"])
        #expect(site.quality == ["target-no-baseline": "off", "review-overdue": "error", "unexplained-acronym": "warning"])
    }

    @Test func onlyTheSettingIsRequired() throws {
        let (config, diagnostics) = settings("setting: Kestrel Primary School\n")
        #expect(diagnostics.isEmpty)
        let site = try #require(config)
        #expect(site.phase == nil)
        #expect(site.reviewSoonDays == 14)
        #expect(site.basePath == nil)
        #expect(site.staffRates.isEmpty)
        #expect(site.calendarFullNames == false)
        #expect(site.quality.isEmpty)
    }

    @Test func aMissingSettingIsAnError() {
        let (_, diagnostics) = settings("phase: primary\n")
        let error = single(diagnostics, "site.yml", "missing required field 'setting'")
        #expect(error?.severity == .error)
        #expect(error?.hint?.contains("setting:") == true)
    }

    @Test func aBasePathMustStartWithASlash() {
        let (_, diagnostics) = settings("setting: Kestrel\nbase_path: send/plans\n")
        let error = single(diagnostics, "site.yml", "'base_path' must be a path")
        #expect(error?.location == SourceLocation(file: "site.yml", line: 2, column: 12))
        #expect(error?.severity == .error)
    }

    @Test func aMisspeltQualityRuleOrSeverityIsReported() {
        let (_, diagnostics) = settings("setting: Kestrel\nquality:\n  target-no-baselin: off\n  review-overdue: loud\n")
        let unknown = single(diagnostics, "site.yml", "unknown field 'quality.target-no-baselin'")
        #expect(unknown?.severity == .warning)
        #expect(unknown?.location == SourceLocation(file: "site.yml", line: 3, column: 3))
        #expect(unknown?.hint == "did you mean 'target-no-baseline'?")
        let severity = single(diagnostics, "site.yml", "'quality.review-overdue' must be off, warning or error")
        #expect(severity?.severity == .error)
        #expect(severity?.location == SourceLocation(file: "site.yml", line: 4, column: 19))
    }

    @Test func aStaffRateMustBeANumber() {
        let (_, diagnostics) = settings("setting: Kestrel\nstaff_rates:\n  TA: £15.20\n")
        let error = single(diagnostics, "site.yml", "'staff_rates.TA' must be a cost per hour")
        #expect(error?.location == SourceLocation(file: "site.yml", line: 3, column: 7))
    }

    @Test func aMissingSiteFileIsAnError() {
        let fixture = Fixture(minimal: { $0["site.yml"] = nil })
        let report = fixture.build()
        #expect(!report.succeeded)
        let error = single(report.diagnostics, "site.yml", "site.yml is missing")
        #expect(error?.hint?.contains("setting:") == true)
        #expect(!fixture.siteHas("index.html"))
    }
}
