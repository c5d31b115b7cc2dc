/// How a target ended at the review that closed its cycle. Every reviewed target has exactly
/// one outcome, so the counts of a table add up to the targets in it.
package enum TargetOutcome: String, CaseIterable, Sendable, Hashable {
    case achieved
    case partly
    case notAchieved = "not-achieved"
    /// Still `in-progress` or `not-started` at the review and followed into the next cycle.
    case carriedOver = "carried-over"
    /// Still open at the review and not followed into the next cycle: no judgement was written.
    case notRecorded = "not-recorded"

    package var label: String {
        switch self {
        case .achieved: return "Achieved"
        case .partly: return "Partly achieved"
        case .notAchieved: return "Not achieved"
        case .carriedOver: return "Carried over"
        case .notRecorded: return "No outcome recorded"
        }
    }

    /// The outcome of a target whose status at the review was `status`.
    init(status: TargetStatus, continued: Bool) {
        switch status {
        case .achieved: self = .achieved
        case .partlyAchieved: self = .partly
        case .notAchieved: self = .notAchieved
        case .inProgress, .notStarted: self = continued ? .carriedOver : .notRecorded
        }
    }
}

/// Targets counted by outcome.
package struct OutcomeCounts: Sendable, Equatable {
    package var counts: [TargetOutcome: Int] = [:]

    package init() {}

    package subscript(outcome: TargetOutcome) -> Int { counts[outcome] ?? 0 }
    package var total: Int { counts.values.reduce(0, +) }

    mutating func add(_ outcome: TargetOutcome) { counts[outcome, default: 0] += 1 }
    mutating func add(_ other: OutcomeCounts) { counts.merge(other.counts, uniquingKeysWith: +) }
}
