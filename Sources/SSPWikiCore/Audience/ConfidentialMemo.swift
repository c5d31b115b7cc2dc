/// Whether each plan, and each past version of one, is marked confidential in any way
/// (`ContentModel.hasConfidential`), kept between the rebuilds of a `BuildSession` while it is
/// the very same plan: after an edit only the edited plan is read again, not every plan and
/// every past version.
struct ConfidentialMemo: Sendable {
    /// The current plans, by file.
    let plans = PlanMemo<Bool>()
    /// Past versions, by plan: `PastVersionCache` keeps each one between rebuilds.
    let versions = PlanMemo<Bool>(lookup: .byPlan)
}
