/// The school's figures for one term, added up over every plan's cycles.
package struct TermFigures: Sendable {
    package let term: SchoolTerm
    /// Plans with a cycle running on any day of the term.
    package internal(set) var activePlans = 0
    /// Reviews held in the term: on or before the review date the plan set, or after it.
    package internal(set) var reviewsOnTime = 0
    package internal(set) var reviewsLate = 0
    /// Targets of cycles that started in the term.
    package internal(set) var targetsSet = 0
    /// Outcomes of the targets reviewed in the term.
    package internal(set) var outcomes = OutcomeCounts()
    /// Weekly minutes of additional provision: for each plan, its last cycle running in the term.
    package internal(set) var minutesPerWeek = 0.0
    /// Weekly cost of that provision where `staff_rates` has the role.
    package internal(set) var costPerWeek = 0.0
    /// Provisions in the minutes with no rate for their role.
    package internal(set) var notCosted = 0

    init(term: SchoolTerm) { self.term = term }

    /// Adds one plan's cycles.
    mutating func add(_ progress: PlanProgress, rates: StaffRates) {
        let running = progress.cycles.filter { $0.start <= term.end && $0.end >= term.start }
        if let last = running.last {
            activePlans += 1
            for provision in last.additional {
                guard let minutes = provision.minutesPerWeek else { continue }
                minutesPerWeek += minutes
                if let rate = rates.match(provision.who)?.rate { costPerWeek += minutes / 60 * rate } else { notCosted += 1 }
            }
        }
        for cycle in progress.cycles {
            if term.contains(cycle.start) { targetsSet += cycle.targets.count }
            guard let reviewed = cycle.reviewed, term.contains(reviewed) else { continue }
            if cycle.onTime == true { reviewsOnTime += 1 } else { reviewsLate += 1 }
            outcomes.add(cycle.outcomes)
        }
    }
}
