import Testing

@testable import SSPWikiCore

@Suite("Quality rules: provision")
struct ProvisionRulesTests {
    let good = QualityContent()
    static let group = "the provision 'Small language group following the SALT programme'"

    @Test("additional provision without minutes is not quantified; an adjustment without minutes is fine")
    func noMinutes() throws {
        let weak = good.replacing("    minutes: 20\n", with: "")
        #expect(
            weak.findings() == [
                QualityContent.finding(
                    .provisionNotQuantified, "\(Self.group) does not say for how many minutes",
                    line: weak.line(of: "  - what: Small language group"), column: 5)
            ])
        // The adjustment in the fixture has no minutes and is not reported.
        #expect(good.findings(of: "provision-not-quantified") == [])
    }

    @Test("a frequency that cannot be read is reported at `how_often`, for any kind of provision")
    func unreadableFrequency() throws {
        let weak = good.replacing("    how_often: 3 per week", with: "    how_often: when needed")
            .replacing("    how_often: daily\n    targets: [T1]", with: "    how_often: most days\n    targets: [T1]")
        #expect(
            weak.findings() == [
                QualityContent.finding(
                    .provisionNotQuantified,
                    "the provision 'Visual timetable at her desk' happens 'most days', which cannot be counted",
                    line: weak.line(of: "how_often: most days"), column: 5),
                QualityContent.finding(
                    .provisionNotQuantified, "\(Self.group) happens 'when needed', which cannot be counted",
                    line: weak.line(of: "how_often: when needed"), column: 5),
            ])
    }

    @Test("provision without anyone named is reported")
    func noWho() throws {
        let weak = good.replacing("    who: Mr D Evans\n", with: "")
        #expect(
            weak.findings() == [
                QualityContent.finding(
                    .provisionNoWho, "the provision 'Lunchtime check-in with a key adult' does not say who gives it",
                    line: weak.line(of: "  - what: Lunchtime check-in"), column: 5)
            ])
        #expect(good.findings(of: "provision-no-who") == [])
    }

    @Test("additional provision without a start or an end is reported; an undated adjustment is not")
    func noDates() throws {
        let weak = good.replacing(
            "    start: 2026-09-15\n    end: 2026-12-11\n    targets: [T2]", with: "    start: 2026-09-15\n    targets: [T2]")
        #expect(
            weak.findings() == [
                QualityContent.finding(
                    .provisionNoDates, "the provision 'Lunchtime check-in with a key adult' has no end date",
                    line: weak.line(of: "  - what: Lunchtime check-in"), column: 5)
            ])
        #expect(good.findings(of: "provision-no-dates") == [])
    }

    @Test("provision that ends before it starts is reported at `end`")
    func endBeforeStart() throws {
        let weak = good.replacing(
            "    start: 2026-09-15\n    end: 2026-12-11\n    targets: [T2]",
            with: "    start: 2026-09-15\n    end: 2026-09-01\n    targets: [T2]")
        #expect(
            weak.findings(of: "provision-end-before-start") == [
                QualityContent.finding(
                    .provisionEndBeforeStart,
                    "the provision 'Lunchtime check-in with a key adult' ends on 1 September 2026, before it starts on 15 September 2026",
                    line: weak.line(of: "end: 2026-09-01"), column: 5)
            ])
        #expect(good.findings(of: "provision-end-before-start") == [])
    }

    @Test("provision that ended before today is reported while the plan is active, not on a draft")
    func ended() throws {
        let weak = good.replacing(
            "    start: 2026-09-15\n    end: 2026-12-11\n    targets: [T2]",
            with: "    start: 2026-09-15\n    end: 2026-11-20\n    targets: [T2]")
        #expect(
            weak.findings() == [
                QualityContent.finding(
                    .provisionEnded,
                    "the provision 'Lunchtime check-in with a key adult' ended on 20 November 2026, but the plan is still in use and target T2 is not yet achieved or judged",
                    line: weak.line(of: "end: 2026-11-20"), column: 5)
            ])
        let draft = weak.replacing("status: active", with: "status: draft")
        #expect(draft.findings(of: "provision-ended") == [])
        var endsToday = weak
        endsToday.today = Day(iso: "2026-11-20")!
        #expect(endsToday.findings(of: "provision-ended") == [])
    }

    @Test("a planned block that ended once its targets were achieved or judged is not reported")
    func endedAfterItsTargets() throws {
        let block = good.replacing(
            "    start: 2026-09-15\n    end: 2026-12-11\n    targets: [T2]",
            with: "    start: 2026-09-15\n    end: 2026-11-20\n    targets: [T2]")
        for status in ["achieved", "partly-achieved", "not-achieved"] {
            let judged = block.replacing("    by: 2026-12-04\n", with: "    by: 2026-12-04\n    status: \(status)\n")
            #expect(judged.findings(of: "provision-ended") == [], "target T2 is \(status)")
        }
        let started = block.replacing("    by: 2026-12-04\n", with: "    by: 2026-12-04\n    status: in-progress\n")
        #expect(
            started.findings(of: "provision-ended").map(\.location) == [
                SourceLocation(file: QualityContent.planPath, line: started.line(of: "end: 2026-11-20"), column: 5)
            ])
    }

    @Test("additional provision linked to no target is reported; the targets it names must exist")
    func noTarget() throws {
        let weak = good.replacing("    end: 2026-12-11\n    targets: [T2]\n", with: "    end: 2026-12-11\n")
        let findings = weak.findings(of: "provision-no-target")
        #expect(
            findings == [
                QualityContent.finding(
                    .provisionNoTarget,
                    "the provision 'Lunchtime check-in with a key adult' is not linked to any of the plan's targets",
                    line: weak.line(of: "  - what: Lunchtime check-in"), column: 5)
            ])
        #expect(good.findings(of: "provision-no-target") == [])
    }
}
