import Testing

@testable import SSPWikiCore

/// Every field of a plan in the content format lands in the model.
@Suite("Plan front matter: every spec field is parsed")
struct PlanFieldsTests {
    func amelia() throws -> Plan {
        let (model, _, diagnostics) = Fixture(minimal: { _ in }).analyse()
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        return try #require(model?.plans.first { $0.id == "amelia-khan" })
    }

    /// The plan as the parser made it, with the places its fields were written (analysis
    /// drops them once validation and the quality rules have read them).
    func parsedAmelia() throws -> Plan {
        let fixture = Fixture(minimal: { _ in })
        let (loaded, _) = ContentLoader().load(root: fixture.content)
        let (model, diagnostics) = ContentParser().parse(loaded)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        return try #require(model?.plans.first { $0.id == "amelia-khan" })
    }

    @Test func whoTheChildIs() throws {
        let plan = try amelia()
        #expect(plan.path == "plans/amelia-khan.md")
        #expect(plan.name == "Amelia Khan")
        #expect(plan.knownAs == "Amy")
        #expect(plan.displayName == "Amy")
        #expect(plan.dob == Day(iso: "2017-03-14"))
        #expect(plan.photo == "media/amelia-khan.jpg")
        #expect(plan.yearGroup == .year(3))
        #expect(plan.inChronologicalYear == false)
        #expect(plan.className == "Kestrels")
        #expect(plan.teacher == "Mrs J Patel")
        #expect(plan.caseHolder == "Mr D Evans")
    }

    @Test func thePlanCycle() throws {
        let plan = try amelia()
        #expect(plan.stage == .senSupport)
        #expect(plan.planNumber == 3)
        #expect(plan.start == Day(iso: "2026-09-08"))
        #expect(plan.review == Day(iso: "2026-12-11"))
        #expect(plan.status == .active)
        #expect(plan.flags == [.eal, .pupilPremium])
        #expect(plan.medical == "Asthma; inhaler kept in the class first-aid box")
        #expect(plan.otherPlans == [OtherPlan(kind: "Individual Health Care Plan", note: "Held by the school office")])
        #expect(plan.related == ["jacob-khan"])
        #expect(plan.accessArrangements == ["25% extra time", "reader"])
    }

    @Test func needsAndTargets() throws {
        let plan = try amelia()
        #expect(
            plan.needs == [
                Need(
                    indes: "speech-language", level: 3, primary: true,
                    summary: "Finds multi-step spoken instructions hard to follow")
            ])
        #expect(plan.primaryNeed?.indes == "speech-language")
        #expect(
            plan.targets == [
                Target(
                    id: "T1", outcome: "Follow a two-step spoken instruction without an adult prompt",
                    measure: "4 of 5 observed occasions across two weeks",
                    baseline: "1 of 5 (September observation)", by: Day(iso: "2026-12-11"),
                    linksTo: "EHCP outcome 2", status: .inProgress)
            ])
    }

    @Test func provisionsWithTheirFrequency() throws {
        let plan = try amelia()
        try #require(plan.provisions.count == 2)
        let timetable = plan.provisions[0]
        #expect(timetable.what == "Visual timetable at desk, checked with the TA each lesson")
        #expect(timetable.peass == "visual-timetable")
        #expect(timetable.kind == .adjustment)
        #expect(timetable.who == "Class TA")
        #expect(timetable.howOftenText == "daily")
        #expect(timetable.howOften == Frequency(count: 1, period: .day, text: "daily"))
        #expect(timetable.minutes == 5)
        #expect(timetable.minutesPerWeek == 25)
        #expect(timetable.start == Day(iso: "2026-09-15"))
        #expect(timetable.end == Day(iso: "2026-12-11"))
        #expect(timetable.targets == ["T1"])
        let group = plan.provisions[1]
        #expect(group.kind == .additional)
        #expect(group.howOften?.count == 3)
        #expect(group.howOften?.period == .week)
        #expect(group.minutesPerWeek == 60)
        #expect(group.peass == nil)
        #expect(group.start == Day(iso: "2026-09-21"))
    }

    @Test func outsideAgenciesAndTheReviewRecord() throws {
        let plan = try amelia()
        #expect(
            plan.external == [
                ExternalInvolvement(
                    agency: "Speech and Language Therapy", involvement: "Assessment and report",
                    date: Day(iso: "2026-06-20"), report: "media/salt-report.pdf")
            ])
        let record = try #require(plan.reviewRecord)
        #expect(record.date == Day(iso: "2026-12-11"))
        #expect(record.attended == ["Amelia", "Mum", "Mrs J Patel"])
        #expect(record.workedWell == "Visual timetable used independently by November")
        #expect(record.notSoWell == "Group work still hard")
        #expect(record.next == .continue)
        #expect(record.isFilled)
    }

    @Test func theBodyAndWhereFieldsWereWritten() throws {
        let plan = try parsedAmelia()
        let text = MinimalContent.plan
        #expect(plan.body.hasPrefix("Amy's plan for the autumn term."))
        #expect(plan.bodyLine == position(of: "Amy's plan", in: text).line)
        #expect(
            plan.locations.location(of: "stage")
                == SourceLocation(file: "plans/amelia-khan.md", line: position(of: "stage:", in: text).line, column: 1))
        #expect(plan.locations.location(of: "targets[0].by").line == position(of: "    by:", in: text).line)
        #expect(plan.document.section(titled: "about me") != nil)
    }

    @Test func optionalFieldsTakeTheirDefaults() throws {
        let fixture = Fixture(minimal: { $0["plans/only-required.md"] = MinimalContent.plan() })
        let plan = try #require(fixture.analyse().model?.plans.first { $0.id == "only-required" })
        #expect(plan.inChronologicalYear)
        #expect(plan.planNumber == 1)
        #expect(plan.status == .active)
        #expect(plan.knownAs == nil)
        #expect(plan.displayName == "Test")
        #expect(plan.flags.isEmpty && plan.needs.isEmpty && plan.targets.isEmpty && plan.provisions.isEmpty)
        #expect(plan.reviewRecord == nil)
    }

    @Test(arguments: [("R", YearGroup.reception), ("N", .nursery), ("r", .reception), ("12", .year(12))])
    func yearGroupsIncludeReceptionAndNursery(_ written: String, _ expected: YearGroup) throws {
        let fixture = Fixture(minimal: { $0["plans/child.md"] = MinimalContent.plan(extra: "year_group: \(written)\n") })
        let (model, _, diagnostics) = fixture.analyse()
        #expect(diagnostics.errors.isEmpty)
        #expect(model?.plans.first { $0.id == "child" }?.yearGroup == expected)
    }

    @Test func targetStatusesAndProvisionKindsDefault() throws {
        let extra = "targets:\n  - id: T1\n    outcome: Read ten words\nprovisions:\n  - what: Phonics group\n"
        let fixture = Fixture(minimal: { $0["plans/child.md"] = MinimalContent.plan(extra: extra) })
        let plan = try #require(fixture.analyse().model?.plans.first { $0.id == "child" })
        #expect(plan.targets.first?.status == .notStarted)
        #expect(plan.provisions.first?.kind == .additional)
        #expect(plan.provisions.first?.howOften == nil)
    }
}
