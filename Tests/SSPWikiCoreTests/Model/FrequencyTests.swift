import Testing

@testable import SSPWikiCore

@Suite("Frequency: reading how_often and totalling minutes")
struct FrequencyTests {
    @Test(arguments: [
        ("daily", 1, Frequency.Period.day), ("weekly", 1, .week), ("fortnightly", 1, .fortnight),
        ("termly", 1, .term), ("3 per day", 3, .day), ("3 per week", 3, .week), ("2 per fortnight", 2, .fortnight),
        ("2 per half-term", 2, .halfTerm), ("4 per term", 4, .term),
    ])
    func everySpecFormIsRead(_ text: String, _ count: Int, _ period: Frequency.Period) throws {
        let frequency = try #require(Frequency(parsing: text))
        #expect(frequency.count == count)
        #expect(frequency.period == period)
        #expect(frequency.text == text)
    }

    @Test func caseAndSurroundingSpacesDoNotMatter() throws {
        #expect(try #require(Frequency(parsing: "  Daily ")).period == .day)
        #expect(try #require(Frequency(parsing: "3 PER WEEK")).count == 3)
        #expect(try #require(Frequency(parsing: "2 per halfterm")).period == .halfTerm)
    }

    @Test(arguments: [
        "when needed", "as required", "", "0 per week", "-1 per week", "51 per day", "3 per month",
        "3 a week", "three per week", "3 per week please", "daily?",
    ])
    func unreadableFrequenciesAreNotGuessed(_ text: String) {
        #expect(Frequency(parsing: text) == nil)
    }

    @Test(arguments: [
        ("daily", 30, 150.0), ("3 per week", 20, 60.0), ("weekly", 45, 45.0), ("fortnightly", 30, 15.0),
        ("termly", 60, 60.0 / 13), ("2 per half-term", 30, 60.0 / 6.5), ("2 per day", 10, 100.0),
    ])
    func minutesPerWeekFollowTheSchoolYear(_ text: String, _ minutes: Int, _ expected: Double) throws {
        let frequency = try #require(Frequency(parsing: text))
        #expect(abs(frequency.minutesPerWeek(sessionMinutes: minutes) - expected) < 1e-9)
    }

    @Test func aProvisionWithoutAReadableFrequencyHasNoWeeklyTotal() {
        var provision = Provision(what: "Check-in with the ELSA")
        provision.howOftenText = "when needed"
        provision.howOften = Frequency(parsing: "when needed")
        provision.minutes = 10
        #expect(provision.minutesPerWeek == nil)

        provision.howOften = Frequency(parsing: "daily")
        #expect(provision.minutesPerWeek == 50)
        provision.minutes = nil
        #expect(provision.minutesPerWeek == nil)
    }

    @Test func plainEnglishForms() throws {
        #expect(try #require(Frequency(parsing: "daily")).plain == "daily")
        #expect(try #require(Frequency(parsing: "weekly")).plain == "once a week")
        #expect(try #require(Frequency(parsing: "termly")).plain == "once a term")
        #expect(try #require(Frequency(parsing: "2 per half-term")).plain == "twice a half-term")
        #expect(try #require(Frequency(parsing: "3 per week")).plain == "3 times a week")
        #expect(try #require(Frequency(parsing: "2 per day")).plain == "twice a day")
    }
}
