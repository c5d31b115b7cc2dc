/// Where a plan's review stands on a given day: overdue (the date has passed), due soon
/// (within `review_soon_days`, the review day itself included) or later.
///
/// The browser works this out again from the dates in the page (assets/reviews.js) with the
/// same rule, so the lists stay right on the day someone reads them.
package enum ReviewStatus: String, Sendable, CaseIterable {
    case overdue, soon, later

    /// The status of a review on `review` as seen on `today`.
    package static func of(review: Day, today: Day, soonDays: Int) -> ReviewStatus {
        let days = today.days(until: review)
        if days < 0 { return .overdue }
        if days <= soonDays { return .soon }
        return .later
    }

    /// The label shown beside the date ("" when nothing needs saying).
    package var label: String {
        switch self {
        case .overdue: return "Overdue"
        case .soon: return "Due soon"
        case .later: return ""
        }
    }
}
