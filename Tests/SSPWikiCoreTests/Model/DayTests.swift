import Foundation
import Testing

@testable import SSPWikiCore

@Suite("Day: calendar dates written YYYY-MM-DD")
struct DayTests {
    @Test func readsExactlyYearMonthDay() throws {
        let day = try #require(Day(iso: "2026-12-11"))
        #expect(day.year == 2026)
        #expect(day.month == 12)
        #expect(day.day == 11)
        #expect(day.iso == "2026-12-11")
        #expect(day.description == "2026-12-11")
    }

    @Test("a day is written as printf's %04d-%02d-%02d writes it, and read back, from year 1 to 9999")
    func writesDaysAsPrintfDoes() throws {
        let first = try #require(Day(year: 1, month: 1, day: 1)).ordinal
        let last = try #require(Day(year: 9999, month: 12, day: 31)).ordinal
        // Every day of a few years, and a day in every 97 across the whole range.
        let spans = Array(first..<(first + 800)) + Array((last - 800)...last)
        for ordinal in spans + Array(stride(from: first, through: last, by: 97)) {
            let day = Day(ordinal: ordinal)
            #expect(day.iso == String(format: "%04d-%02d-%02d", day.year, day.month, day.day))
            #expect(Day(iso: day.iso) == day)
        }
        #expect(try #require(Day(year: 987, month: 6, day: 5)).iso == "0987-06-05")
    }

    @Test(arguments: ["2026-02-30", "2026-13-01", "2026-00-10", "2026-04-31", "2027-02-29", "2026-12-00"])
    func impossibleDatesAreRejected(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test(arguments: [
        "11/12/2026", "2026-1-05", "26-01-05", "2026/01/05", "2026-01-05T10:00", " 2026-01-05",
        "2026-01-5", "２０２６-01-05", "", "next week", "0000-01-01", "+026-01-05", "2026--1-05", "2026-01-05 ", "2026-01-0٣",
    ])
    func otherWritingsAreRejected(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func leapDaysFollowTheGregorianRules() {
        #expect(Day(iso: "2028-02-29") != nil)
        #expect(Day(iso: "2000-02-29") != nil)
        #expect(Day(iso: "2100-02-29") == nil)
        #expect(Day.daysIn(month: 2, year: 2026) == 28)
        #expect(Day.daysIn(month: 9, year: 2026) == 30)
        #expect(Day.daysIn(month: 12, year: 2026) == 31)
    }

    @Test func ordinalsCountDaysSince1970AndRoundTrip() throws {
        #expect(try #require(Day(iso: "1970-01-01")).ordinal == 0)
        #expect(try #require(Day(iso: "1969-12-31")).ordinal == -1)
        for text in ["1600-03-01", "1999-12-31", "2024-02-29", "2026-11-29", "9999-12-31"] {
            let day = try #require(Day(iso: text))
            #expect(Day(ordinal: day.ordinal) == day)
        }
    }

    @Test func arithmeticAcrossMonthsAndYears() throws {
        let start = try #require(Day(iso: "2026-12-25"))
        #expect(start.adding(days: 7).iso == "2027-01-01")
        #expect(start.adding(days: -25).iso == "2026-11-30")
        let review = try #require(Day(iso: "2026-12-11"))
        #expect(Fixture.today.days(until: review) == 12)
        #expect(review.days(until: Fixture.today) == -12)
    }

    @Test func weekdaysStartOnMonday() throws {
        #expect(Fixture.today.weekday == 6)  // 29 November 2026 is a Sunday
        #expect(try #require(Day(iso: "2026-09-07")).weekday == 0)  // a Monday
        #expect(try #require(Day(iso: "1970-01-01")).weekday == 3)  // a Thursday
    }

    @Test func datesAreOrderedByTime() throws {
        let a = try #require(Day(iso: "2026-09-08"))
        let b = try #require(Day(iso: "2026-12-11"))
        #expect(a < b)
        #expect(!(b < a))
        #expect([b, a].sorted() == [a, b])
    }

    @Test func readableForms() throws {
        let day = try #require(Day(iso: "2026-03-04"))
        #expect(day.long == "4 March 2026")
        #expect(day.medium == "4 Mar 2026")
        #expect(day.monthTitle == "March 2026")
    }
}
