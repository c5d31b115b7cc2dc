import Testing

@testable import SSPWikiCore

/// Minutes per week for every `how_often` form, role matching, and the provision map's totals.
@Suite("Provision map arithmetic")
struct ProvisionMapTests {
    static func provision(
        _ howOften: String, _ minutes: Int?, who: String? = "TA", kind: ProvisionKind = .additional,
        peass: String? = nil, what: String = "Support"
    ) -> Provision {
        Provision(
            what: what, peass: peass, kind: kind, who: who, howOftenText: howOften,
            howOften: Frequency(parsing: howOften), minutes: minutes)
    }

    static func plan(_ id: String, _ provisions: [Provision], status: PlanStatus = .active) -> Plan {
        var plan = Plan(
            id: id, path: "plans/\(id).md", name: id.capitalized, stage: .senSupport,
            start: Day(iso: "2026-09-07")!, review: Day(iso: "2026-12-11")!, locations: FieldLocations(file: id))
        plan.provisions = provisions
        plan.status = status
        return plan
    }

    @Test(arguments: [
        ("daily", 10, 50.0), ("weekly", 30, 30), ("fortnightly", 30, 15), ("termly", 26, 2),
        ("2 per day", 5, 50), ("3 per week", 20, 60), ("2 per fortnight", 30, 30),
        ("13 per half-term", 10, 20), ("26 per term", 15, 30),
    ])
    func minutesPerWeekForEachForm(howOften: String, minutes: Int, expected: Double) throws {
        let perWeek = try #require(Self.provision(howOften, minutes).minutesPerWeek, "'\(howOften)' was not read")
        #expect(abs(perWeek - expected) < 0.0001, "\(howOften) × \(minutes) min = \(perWeek)")
    }

    @Test func aFrequencyThatCannotBeReadOrNoSessionLengthIsNotQuantified() {
        #expect(Self.provision("when needed", 20).minutesPerWeek == nil)
        #expect(Self.provision("3 per week", nil).minutesPerWeek == nil)
        #expect(Self.provision("most days", 10).minutesPerWeek == nil)
    }

    @Test(arguments: [
        ("TA (Mrs Ford)", "TA"), ("Class TA", "TA"), ("class teacher", "Teacher"), ("TA - Mrs Ford", "TA"),
        ("SENDCo (Mr D Ferris, assistant SENDCo)", "SENDCo"), ("Teacher, maths", "Teacher"),
    ])
    func theRoleIsFoundFromWho(who: String, role: String) {
        let rates = StaffRates(["TA": 15, "Teacher": 36, "SENDCo": 44])
        #expect(rates.match(who)?.role == role)
    }

    @Test func whoWithNoMatchingRoleHasNoRate() {
        let rates = StaffRates(["TA": 15, "Teacher": 36])
        #expect(rates.match("Teacher of the Deaf (Sensory Support Service)") == nil)
        #expect(rates.match("Speech and language therapist") == nil)
        #expect(rates.match("Mrs Ford") == nil)
        #expect(rates.match(nil) == nil)
    }

    @Test func totalsPerChildPerRoleAndForTheSetting() throws {
        let first = Self.plan(
            "ava",
            [
                Self.provision("daily", 10, who: "TA (Mrs Ford)", peass: "reading"),  // 50 min, £12.50
                Self.provision("weekly", 30, who: "Class teacher"),  // 30 min, £18.00
                Self.provision("weekly", 30, who: "Speech and language therapist"),  // 30 min, no rate
                Self.provision("3 per week", 20, who: "Class TA", peass: "reading"),  // 60 min, £15.00
                Self.provision("when needed", 10, who: "ELSA"),  // not quantified
                Self.provision("daily", 60, who: "TA", kind: .adjustment),  // not additional
            ])
        // 30 min, £7.50
        let second = Self.plan("ben", [Self.provision("fortnightly", 60, who: "TA (Mr Hale)", what: "Support ")])
        let archived = Self.plan("cal", [Self.provision("daily", 60)], status: .archived)
        let map = ProvisionMap(
            plans: [second, first, archived], peassTitles: ["reading": "Reading group"],
            rates: StaffRates(["TA": 15, "Teacher": 36]))

        #expect(map.rows.count == 6)
        #expect(map.setting.minutesPerWeek == 200)
        #expect(abs(map.setting.costPerWeek - 53.0) < 0.001)
        #expect(abs(map.setting.costPerTerm - 689.0) < 0.001)
        #expect(map.setting.notQuantified == 1 && map.setting.notCosted == 1)

        let ava = try #require(map.byPlan.first { $0.plan.id == "ava" }?.total)
        #expect(ava.minutesPerWeek == 170 && abs(ava.costPerWeek - 45.5) < 0.001)
        let ben = try #require(map.byPlan.first { $0.plan.id == "ben" }?.total)
        #expect(ben.minutesPerWeek == 30 && abs(ben.costPerWeek - 7.5) < 0.001)

        let roles = Dictionary(uniqueKeysWithValues: map.byRole.map { ($0.role, $0.total) })
        #expect(roles.keys.sorted() == ["ELSA", "Speech and language therapist", "TA", "Teacher"])
        #expect(roles["TA"]?.minutesPerWeek == 140 && abs((roles["TA"]?.costPerWeek ?? 0) - 35) < 0.001)
        #expect(roles["Teacher"]?.minutesPerWeek == 30 && abs((roles["Teacher"]?.costPerWeek ?? 0) - 18) < 0.001)
        #expect(roles["Speech and language therapist"]?.notCosted == 1)
        #expect(roles["ELSA"]?.notQuantified == 1)

        #expect(map.groups.map(\.title) == ["Reading group", "Support"])
        #expect(map.groups[0].rows.count == 2 && map.groups[0].total.minutesPerWeek == 110)
        #expect(map.notQuantified.map { $0.provision.who } == ["ELSA"])
    }

    @Test func thePageShowsCostsTotalsAndWhatIsNotQuantified() {
        let site = Fixture(ViewsContent.files)
        site.buildExpectingSuccess()
        let html = site.page("provision-map.html")
        // Amy: TA 3 × 20 min = 60 min at £15/h = £15.00, £195.00 a term; Teacher 10 min at £36/h = £6.00.
        #expect(
            html.contains(
                "<td>TA (Mrs Hill)</td><td>3 times a week</td><td class=\"num\">20</td><td class=\"num\">1 h</td><td class=\"num\">£15.00</td><td class=\"num\">£195.00</td>"
            ))
        #expect(
            html.contains("<td class=\"num\">1 h 10 min</td><td class=\"num\">£21.00</td><td class=\"num\">£273.00</td>"),
            "Amy's total")
        let notQuantified = sectionPart(html, "id=\"not-quantified\"")
        #expect(notQuantified.contains("Jacob Khan") && notQuantified.contains("when needed"))
        #expect(!html.contains("Visual timetable at her desk"), "in-class adjustments are not additional provision")
    }
}
