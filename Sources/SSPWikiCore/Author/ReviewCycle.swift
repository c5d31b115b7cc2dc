/// When the next review of a plan falls: one school term after a given day.
///
/// The rule is simple so that staff can predict it: 12 weeks later, and when that day is a
/// Saturday or Sunday, the Friday before (a review never moves past the 12 weeks). The SENDCo
/// edits the date when a holiday or a meeting calls for another day.
package enum ReviewCycle {
    /// Weeks from one review to the next.
    package static let weeks = 12

    /// The proposed next review date after `day`.
    package static func nextReview(after day: Day) -> Day {
        let proposed = day.adding(days: weeks * 7)
        switch proposed.weekday {
        case 5: return proposed.adding(days: -1)
        case 6: return proposed.adding(days: -2)
        default: return proposed
        }
    }

    /// The rule in plain English, for messages.
    package static let rule = "12 weeks later, moved back to the Friday when it falls at a weekend"
}
