/// Finds the plan of each pupil on the register: the plan whose `mis_id` is the pupil's, else
/// (the first time) the one plan without an `mis_id` whose name and date of birth are the
/// pupil's. Never guesses: when several plans could be the pupil's, or a plan has the name but
/// no date of birth, the row is reported and left alone.
struct RegisterMatcher {
    enum Match {
        case plan(Plan)
        case none
        /// Plans that could be the pupil's, and why there is no telling which.
        case ambiguous([Plan], String)
    }

    let plans: [Plan]
    private let byID: [String: Plan]
    private let byName: [String: [Plan]]

    init(plans: [Plan]) {
        self.plans = plans
        byID = Dictionary(plans.compactMap { plan in plan.misID.map { ($0, plan) } }, uniquingKeysWith: { a, _ in a })
        byName = Dictionary(grouping: plans.filter { $0.misID == nil }, by: { RegisterValues.nameKey($0.name) })
    }

    func match(_ pupil: RegisterPupil) -> Match {
        if let plan = byID[pupil.misID] { return .plan(plan) }
        let named = byName[RegisterValues.nameKey(pupil.name)] ?? []
        let born = named.filter { $0.dob == pupil.dob }
        let undated = named.filter { $0.dob == nil }
        if born.count == 1 && undated.isEmpty { return .plan(born[0]) }
        if born.count > 1 { return .ambiguous(born, "they have the same name and date of birth") }
        if !undated.isEmpty { return .ambiguous(born + undated, "a plan with this name has no date of birth") }
        return .none
    }
}
