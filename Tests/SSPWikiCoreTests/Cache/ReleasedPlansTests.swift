import Testing

@testable import SSPWikiCore

/// `ReleasedPlans` keeps a plan released once for as long as analysis has the same plan.
@Suite("Plans released once between rebuilds")
struct ReleasedPlansTests {
    @Test("an unchanged plan stays the same released plan; a changed one is released anew")
    func anUnchangedPlanStaysTheSame() throws {
        let (model, _, diagnostics) = Fixture(ViewsContent.files).analyse()
        #expect(!diagnostics.hasErrors)
        var plans = try #require(model).plans
        let memo = ReleasedPlans()
        let first = memo.released(plans)
        let second = memo.released(plans)
        #expect(zip(first, second).allSatisfy { $0.isSame(as: $1) })
        #expect(zip(first, plans).allSatisfy { !$0.isSame(as: $1) && !$0.locations.contains("review") && $0.id == $1.id })
        plans[0].review = Day(iso: "2027-04-01")!
        let third = memo.released(plans)
        #expect(
            !third[0].isSame(as: second[0]) && third[0].review == Day(iso: "2027-04-01")!
                && !third[0].locations.contains("review"))
        #expect(zip(third.dropFirst(), second.dropFirst()).allSatisfy { $0.isSame(as: $1) })
    }
}
