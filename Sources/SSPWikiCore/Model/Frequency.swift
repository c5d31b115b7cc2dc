/// How often a provision happens, read from `how_often`.
///
/// Only forms the content format defines are understood; anything else is kept as text and
/// reported as "not quantified" rather than guessed.
package struct Frequency: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The period a count refers to.
    package enum Period: String, Sendable, Codable, CaseIterable {
        case day, week, fortnight
        case halfTerm = "half-term"
        case term

        /// Sessions per week for one session per period (a school year of 39 weeks:
        /// six half-terms of 6.5 weeks, three terms of 13 weeks).
        var weeksPerPeriod: Double {
            switch self {
            case .day: return 0.2
            case .week: return 1
            case .fortnight: return 2
            case .halfTerm: return 6.5
            case .term: return 13
            }
        }
    }

    package let count: Int
    package let period: Period
    /// The text as written.
    package let text: String

    package init(count: Int, period: Period, text: String) {
        self.count = count
        self.period = period
        self.text = text
    }

    /// Reads the forms of the content format: `daily`, `weekly`, `fortnightly`, `termly`,
    /// or `N per day|week|fortnight|half-term|term`.
    package init?(parsing raw: String) {
        let text = raw.trimmingWhitespace().lowercased()
        switch text {
        case "daily": self.init(count: 1, period: .day, text: raw)
        case "weekly": self.init(count: 1, period: .week, text: raw)
        case "fortnightly": self.init(count: 1, period: .fortnight, text: raw)
        case "termly": self.init(count: 1, period: .term, text: raw)
        default:
            let words = text.split(whereSeparator: { $0 == " " }).map(String.init)
            guard words.count == 3, words[1] == "per", let n = Int(words[0]), n > 0, n <= 50,
                let period = Period(rawValue: words[2] == "halfterm" ? "half-term" : words[2])
            else { return nil }
            self.init(count: n, period: period, text: raw)
        }
    }

    /// Sessions in an average school week.
    package var sessionsPerWeek: Double { Double(count) / period.weeksPerPeriod }

    /// Minutes in an average school week for sessions of the given length.
    package func minutesPerWeek(sessionMinutes: Int) -> Double {
        sessionsPerWeek * Double(sessionMinutes)
    }

    package var description: String { text }

    /// Plain-English form: "5 times a week", "3 per week", "once a term".
    package var plain: String {
        let periodName = period == .halfTerm ? "half-term" : period.rawValue
        if count == 1 && period == .day { return "daily" }
        if count == 1 { return "once a \(periodName)" }
        if count == 2 { return "twice a \(periodName)" }
        return "\(count) times a \(periodName)"
    }
}
