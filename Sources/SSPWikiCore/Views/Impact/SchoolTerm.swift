/// A term of the school year: autumn (September to December), spring (January to March) and
/// summer (April to August). Terms are fixed by month, not by a school's own dates.
package struct SchoolTerm: Sendable, Hashable, Comparable {
    package enum Season: Int, Sendable, CaseIterable { case autumn, spring, summer }

    /// The calendar year the school year starts in (2026 for 2026–27).
    package let schoolYear: Int
    package let season: Season

    package init(schoolYear: Int, season: Season) {
        self.schoolYear = schoolYear
        self.season = season
    }

    /// The term a day falls in.
    package init(containing day: Day) {
        switch day.month {
        case 9...12: self.init(schoolYear: day.year, season: .autumn)
        case 1...3: self.init(schoolYear: day.year - 1, season: .spring)
        default: self.init(schoolYear: day.year - 1, season: .summer)
        }
    }

    package var start: Day {
        switch season {
        case .autumn: return Day(year: schoolYear, month: 9, day: 1)!
        case .spring: return Day(year: schoolYear + 1, month: 1, day: 1)!
        case .summer: return Day(year: schoolYear + 1, month: 4, day: 1)!
        }
    }

    package var end: Day {
        switch season {
        case .autumn: return Day(year: schoolYear, month: 12, day: 31)!
        case .spring: return Day(year: schoolYear + 1, month: 3, day: 31)!
        case .summer: return Day(year: schoolYear + 1, month: 8, day: 31)!
        }
    }

    /// The next term.
    package var next: SchoolTerm {
        season == .summer
            ? SchoolTerm(schoolYear: schoolYear + 1, season: .autumn)
            : SchoolTerm(schoolYear: schoolYear, season: Season(rawValue: season.rawValue + 1)!)
    }

    /// "Autumn 2026", "Spring 2027".
    package var title: String {
        let name = ["Autumn", "Spring", "Summer"][season.rawValue]
        return "\(name) \(season == .autumn ? schoolYear : schoolYear + 1)"
    }

    package func contains(_ day: Day) -> Bool { start <= day && day <= end }

    package static func < (lhs: SchoolTerm, rhs: SchoolTerm) -> Bool {
        (lhs.schoolYear, lhs.season.rawValue) < (rhs.schoolYear, rhs.season.rawValue)
    }
}
