import Testing

@testable import SSPWikiCore

/// The plan example of the content format (content-format.md, "A plan"), copied verbatim. It writes
/// `review:` twice at the top level: first the next review date, then the review-of-impact block.
@Suite("The content format's own example plan")
struct SpecExamplePlanTests {
    static let example = """
        ---
        name: Amelia Khan                 # required: CYP full name
        known_as: Amy                     # what they like to be called
        dob: 2017-03-14
        photo: media/amelia-khan.jpg      # a path inside content/; nothing outside it is ever read
        year_group: 3                     # R (Reception), N (Nursery), or 1–14
        in_chronological_year: true       # default true; false = taught outside their year group
        class: Kestrels
        teacher: Mrs J Patel
        case_holder: Mr D Evans           # secondary: the SSP team member who holds the plan
        stage: sen-support                # required: sen-support | ehcp
        plan_number: 3                    # which APDR cycle this is (1, 2, 3 …); default 1
        start: 2026-09-08                 # required: plan start
        review: 2026-12-11                # required: next review date
        status: active                    # active (default) | draft | archived
        flags: [eal, pupil-premium]       # any of: eal, pupil-premium, child-in-care,
                                          #   young-carer, medical, other
        medical: Asthma; inhaler kept in the class first-aid box
        other_plans:                      # plans held elsewhere (health care, PEP, risk assessment …)
          - kind: Individual Health Care Plan
            note: Held by the school office; reviewed each September
        related: [jacob-khan]             # ids of other plans (siblings, shared provision)
        needs:                            # all identified needs, not only the primary one
          - indes: speech-language        # an INDES section code (content/indes/<code>.md)
            level: 3                      # a level on that section's scale
            primary: true
            summary: Finds multi-step spoken instructions hard to follow
          - indes: semh
            level: 2
            summary: Anxious at unstructured times
        targets:                          # small-step SMART targets
          - id: T1                        # unique within the plan
            outcome: Follow a two-step spoken instruction in class without an adult prompt
            measure: 4 of 5 observed occasions across two weeks
            baseline: 1 of 5 (September observation)
            by: 2026-12-11
            links_to: EHCP outcome 2      # a longer-term outcome, where there is one
            status: in-progress           # not-started | in-progress | achieved |
                                          #   partly-achieved | not-achieved
        provisions:                       # what is additional to or different from the core offer
          - what: Visual timetable at desk, checked with the TA at the start of each lesson
            peass: visual-timetable       # optional: a PEaSS catalogue id
            kind: adjustment              # adjustment (in-class, teacher-led) | additional
            who: Class TA                 # a role, optionally with a name
            how_often: daily              # see "How often" below
            minutes: 5                    # minutes per session
            start: 2026-09-15
            end: 2026-12-11
            targets: [T1]
        access_arrangements: [25% extra time, reader]
        external:                         # agencies involved, and reports that informed the plan
          - agency: Speech and Language Therapy (SALT)
            involvement: Assessment and report; programme for school to deliver
            date: 2026-06-20
            report: media/salt-report-2026-06.pdf
        review:                           # filled in at the review meeting that closes this cycle
          date: 2026-12-11
          attended: [Amelia, Mum, Mrs J Patel, Mr D Evans]
          worked_well: Visual timetable used independently by November
          not_so_well: Group work still hard
          next: continue                  # continue | change | new-outcomes | close
        ---
        The body of the example plan.

        """

    /// The example plus what it refers to: the INDES sections, the PEaSS entry, the related plan and the files.
    func fixture() -> Fixture {
        Fixture(minimal: { files in
            files["plans/amelia-khan.md"] = SpecExamplePlanTests.example
            files["indes/semh.md"] =
                "---\ntitle: Social, emotional and mental health\nlevels:\n  - level: 0\n    label: Typically developing\n  - level: 2\n    label: Some needs\n---\n"
            files["media/salt-report-2026-06.pdf"] = "report"
        })
    }

    @Test func itParsesWithTheBlockAsTheReviewRecord() throws {
        let (model, _, diagnostics) = fixture().analyse()
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        let plan = try #require(model?.plans.first { $0.id == "amelia-khan" })
        #expect(plan.review == Day(iso: "2026-12-11"))
        let record = try #require(plan.reviewRecord)
        #expect(record.date == Day(iso: "2026-12-11"))
        #expect(record.attended == ["Amelia", "Mum", "Mrs J Patel", "Mr D Evans"])
        #expect(record.workedWell == "Visual timetable used independently by November")
        #expect(record.notSoWell == "Group work still hard")
        #expect(record.next == .continue)
    }

    @Test func everyFieldOfTheExampleIsRead() throws {
        let plan = try #require(fixture().analyse().model?.plans.first { $0.id == "amelia-khan" })
        #expect(plan.name == "Amelia Khan")
        #expect(plan.knownAs == "Amy")
        #expect(plan.yearGroup == .year(3))
        #expect(plan.inChronologicalYear)
        #expect(plan.stage == .senSupport)
        #expect(plan.planNumber == 3)
        #expect(plan.flags == [.eal, .pupilPremium])
        #expect(plan.otherPlans.first?.kind == "Individual Health Care Plan")
        #expect(plan.needs.map(\.indes) == ["speech-language", "semh"])
        #expect(plan.needs.map(\.level) == [3, 2])
        #expect(plan.needs.map(\.primary) == [true, false])
        #expect(plan.targets.first?.status == .inProgress)
        #expect(plan.targets.first?.linksTo == "EHCP outcome 2")
        #expect(plan.provisions.first?.howOften?.period == .day)
        #expect(plan.provisions.first?.minutesPerWeek == 25)
        #expect(plan.accessArrangements == ["25% extra time", "reader"])
        #expect(plan.external.first?.report == "media/salt-report-2026-06.pdf")
        #expect(plan.external.first?.date == Day(iso: "2026-06-20"))
    }

    @Test func itBuilds() {
        let fixture = fixture()
        let report = fixture.build()
        #expect(report.succeeded, "\(report.diagnostics.errors)")
        #expect(fixture.siteText("plans/amelia-khan.html")?.contains("Group work still hard") == true)
    }
}
