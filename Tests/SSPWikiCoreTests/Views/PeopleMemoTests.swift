import Testing

@testable import SSPWikiCore

/// `serve` keeps the people index's layout between rebuilds (`PeopleMemo`); the index it makes
/// must always be the one `PeopleIndex(plans:)` makes from the same plans.
@Suite("The people index kept between rebuilds")
struct PeopleMemoTests {
    /// Everything the staff and class pages read from the index, as text.
    func summary(_ index: PeopleIndex) -> [String] {
        let staff = index.staff.values.sorted { $0.id < $1.id }.map { person in
            "\(person.id) \(person.name) teaches \(person.asTeacher.map { "\($0.id) \($0.review.iso)" })"
                + " holds \(person.asCaseHolder.map(\.id))"
                + " delivers \(person.delivers.map { "\($0.plan.id) \($0.plan.review.iso) \($0.provision.what)" })"
        }
        let classes = index.classes.values.sorted { $0.id < $1.id }.map { group in
            "\(group.id) \(group.name) \(group.plans.map { "\($0.id) \($0.review.iso)" })"
        }
        return staff + classes
    }

    func plans() throws -> [Plan] {
        let fixture = Fixture(ViewsContent.files)
        let (site, diagnostics) = SiteBuilder().analyse(content: fixture.content, today: Day(iso: "2026-10-01")!)
        #expect(!diagnostics.hasErrors)
        return try #require(site).model.plans
    }

    @Test("after edits the kept layout does not cover and edits it does, the index is the one made anew")
    func theKeptLayoutGivesTheIndexMadeAnew() throws {
        let memo = PeopleMemo()
        var plans = try plans()
        #expect(summary(memo.index(of: plans)) == summary(PeopleIndex(plans: plans)))
        #expect(summary(memo.index(of: plans)).contains { $0.contains("delivers") && !$0.hasSuffix("delivers []") })

        // Fields the layout is not made from: the index holds the new plans and provisions.
        let delivered = try #require(PeopleIndex(plans: plans).staff.values.flatMap(\.delivers).first)
        let active = try #require(plans.firstIndex { $0.id == delivered.plan.id })
        let provision = try #require(plans[active].provisions.firstIndex { $0.what == delivered.provision.what })
        plans[active].review = Day(iso: "2027-03-01")!
        plans[active].provisions[provision].what = "A new way of working"
        let edited = summary(memo.index(of: plans))
        #expect(edited == summary(PeopleIndex(plans: plans)))
        #expect(edited.contains { $0.contains("A new way of working") })
        #expect(edited.contains { $0.contains("2027-03-01") })

        // Fields it is made from: a new teacher, a provision's who, a plan archived.
        plans[active].teacher = "Mr B Okafor"
        #expect(summary(memo.index(of: plans)) == summary(PeopleIndex(plans: plans)))
        plans[active].provisions[provision].who = "TA (Ms Q Rahman)"
        #expect(summary(memo.index(of: plans)) == summary(PeopleIndex(plans: plans)))
        plans[active].status = .archived
        #expect(summary(memo.index(of: plans)) == summary(PeopleIndex(plans: plans)))
    }
}
