import Foundation

/// A calendar date without a time of day or time zone, as written in content (`YYYY-MM-DD`).
package struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    package let year: Int
    package let month: Int
    package let day: Int

    /// Creates a day when the numbers form a real calendar date.
    package init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= Day.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`, with ASCII digits.
    package init?(iso text: String) {
        // Over the bytes: a plan has a dozen dates, and the split into Characters and their
        // Unicode properties cost a fifth of reading its fields.
        var numbers = (0, 0, 0)
        var valid = text.utf8.count == 10
        if valid {
            for (place, byte) in text.utf8.enumerated() {
                if place == 4 || place == 7 {
                    valid = valid && byte == UInt8(ascii: "-")
                    continue
                }
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else {
                    valid = false
                    break
                }
                let digit = Int(byte - UInt8(ascii: "0"))
                switch place {
                case ..<4: numbers.0 = numbers.0 * 10 + digit
                case ..<7: numbers.1 = numbers.1 * 10 + digit
                default: numbers.2 = numbers.2 * 10 + digit
                }
            }
        }
        guard valid else { return nil }
        self.init(year: numbers.0, month: numbers.1, day: numbers.2)
    }

    /// The day today in the machine's time zone.
    package static func today(calendar: Calendar = .current) -> Day {
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for arithmetic.
    package var ordinal: Int {
        // Howard Hinnant's days_from_civil algorithm.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day with the given ordinal (days since 1970-01-01).
    package init(ordinal: Int) {
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    package func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// Whole days from `self` to `other` (positive when `other` is later).
    package func days(until other: Day) -> Int { other.ordinal - ordinal }

    /// 0 = Monday … 6 = Sunday.
    package var weekday: Int { ((ordinal % 7) + 7 + 3) % 7 }

    /// "2026-12-11". Written digit by digit: `String(format:)` was a twentieth of a build's
    /// instructions, as every plan row, page frame and calendar entry shows a day.
    package var iso: String {
        guard (0...9999).contains(year) else { return String(format: "%04d-%02d-%02d", year, month, day) }
        // Ten ASCII bytes: a small string, held inline.
        return String(unsafeUninitializedCapacity: 10) { bytes in
            var at = 0
            func put(_ value: Int, digits: Int) {
                var unit = 1
                for _ in 1..<digits { unit *= 10 }
                while unit > 0 {
                    bytes[at] = UInt8(ascii: "0") + UInt8(value / unit % 10)
                    at += 1
                    unit /= 10
                }
            }
            put(year, digits: 4)
            bytes[4] = UInt8(ascii: "-")
            at = 5
            put(month, digits: 2)
            bytes[7] = UInt8(ascii: "-")
            at = 8
            put(day, digits: 2)
            return 10
        }
    }

    package var description: String { iso }

    package static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    ]

    /// "11 December 2026".
    package var long: String { "\(day) \(Day.monthNames[month - 1]) \(year)" }
    /// "11 Dec 2026".
    package var medium: String { "\(day) \(Day.monthNames[month - 1].prefix(3)) \(year)" }
    /// "December 2026".
    package var monthTitle: String { "\(Day.monthNames[month - 1]) \(year)" }
}
