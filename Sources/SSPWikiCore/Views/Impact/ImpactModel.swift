/// Impact across assess-plan-do-review cycles: each child's progress (`PlanProgress`), what
/// each provision achieved (`ProvisionImpact`) and the school's figures term by term
/// (`TermFigures`). Built once per build from the audience's model, so a plan the audience
/// may not see (a restricted plan in the staff build) is in none of the counts.
package struct ImpactModel: Sendable {
    /// Progress of every published plan, by plan id.
    package let progress: [String: PlanProgress]
    /// Every provision received in a reviewed cycle, most children first, then by title.
    package let provisions: [ProvisionImpact]
    /// Terms from the first cycle's start to the last cycle's end, oldest first: worked out
    /// the first time they are asked for, since only impact.html and impact.csv show them and
    /// `serve` renders those only when asked for.
    package var terms: [TermFigures] { termFigures.get }
    private let termFigures: Once<[TermFigures]>

    /// - Parameter memo: each plan's progress kept from the last rebuild (`BuildSession`).
    package init(model: ContentModel, history: SiteHistory) {
        self.init(model: model, history: history, memo: nil)
    }

    init(model: ContentModel, history: SiteHistory, memo: ProgressMemo?) {
        let plans = model.publishedPlans
        let progress =
            memo?.progress(of: plans, history: history) ?? ParallelMap.map(plans) { PlanProgress(plan: $0, history: history) }
        self.progress = Dictionary(uniqueKeysWithValues: zip(plans.map(\.id), progress))
        let sections = model.indesByID
        let titles = model.peassByID.mapValues(\.title)
        let rates = StaffRates(model.config.staffRates)

        var byKey: [String: ProvisionImpact] = [:]
        for (planID, cycle) in progress.flatMap({ plan in plan.reviewed.map { (plan.planID, $0) } }) {
            let need = cycle.plan.primaryNeed.flatMap { sections[$0.indes] }
            let area = need.map { $0.area ?? $0.title } ?? "No need recorded"
            for provision in cycle.additional {
                let key = ProvisionImpact.key(of: provision)
                let title = provision.peass.flatMap { titles[$0] } ?? provision.what
                let role = rates.match(provision.who)?.role ?? provision.who.flatMap(StaffRates.roleText(of:)) ?? "Not stated"
                byKey[key, default: ProvisionImpact(key: key, title: title, peass: provision.peass)]
                    .add(provision, in: cycle, of: planID, area: area, role: role)
            }
        }
        provisions = byKey.values.sorted {
            ($0.children.count, $1.title.lowercased()) > ($1.children.count, $0.title.lowercased())
        }

        termFigures = Once { Self.terms(of: progress, rates: rates) }
    }

    /// The school's figures term by term, from the first cycle's start to the last one's end.
    private static func terms(of progress: [PlanProgress], rates: StaffRates) -> [TermFigures] {
        let days = progress.flatMap(\.cycles).flatMap { [$0.start, $0.end] }
        var terms: [TermFigures] = []
        guard let first = days.min(), let last = days.max() else { return terms }
        var term = SchoolTerm(containing: first)
        // A mistyped year (2207) must not give centuries of empty terms, nor pass year 9999.
        let stop = min(term.schoolYear + 30, 9998)
        while term.schoolYear < stop && term.start <= last {
            var figures = TermFigures(term: term)
            for plan in progress { figures.add(plan, rates: rates) }
            terms.append(figures)
            term = term.next
        }
        return terms
    }
}
