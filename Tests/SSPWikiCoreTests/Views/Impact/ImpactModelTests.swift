import Foundation
import Testing

@testable import SSPWikiCore

/// What each provision achieved and the school's figures per term, over every plan's cycles.
@Suite struct ImpactModelTests {
    static func counts(_ pairs: [TargetOutcome: Int]) -> OutcomeCounts {
        var counts = OutcomeCounts()
        for (outcome, n) in pairs { for _ in 0..<n { counts.add(outcome) } }
        return counts
    }

    @Test func provisionsCountChildrenTimeAndTheirTargetsOutcomes() throws {
        let (model, history) = ImpactFixture.analysed(ImpactFixture.repository())
        let impact = ImpactModel(model: model, history: history)
        #expect(impact.provisions.map(\.title) == ["Lego club at lunchtime", "Precision teaching", "Turn-taking group"])
        let lego = impact.provisions[0]
        let precision = impact.provisions[1]
        let group = impact.provisions[2]

        #expect(precision.key == "peass:precision-teaching" && precision.children == ["amelia-k"])
        #expect(abs(precision.weeks - 195.0 / 7) < 1e-9)
        #expect(abs(precision.minutes - 50 * 195.0 / 7) < 1e-9)
        #expect(precision.outcomes == Self.counts([.achieved: 1, .partly: 1]))
        #expect(precision.byArea == ["SEMH": Self.counts([.achieved: 1, .partly: 1])])
        #expect(precision.byYear == ["Year 3": Self.counts([.achieved: 1, .partly: 1])])
        #expect(precision.byRole == ["TA": Self.counts([.achieved: 1, .partly: 1])])

        #expect(group.outcomes == Self.counts([.carriedOver: 1, .achieved: 1]) && group.byRole.keys.sorted() == ["Teacher"])
        #expect(lego.children == ["jacob-khan"] && lego.impactNotRecorded)
    }

    @Test func termsCountPlansReviewsTargetsAndMinutes() {
        let (model, history) = ImpactFixture.analysed(ImpactFixture.repository())
        let terms = ImpactModel(model: model, history: history).terms
        #expect(terms.map(\.term.title) == ["Autumn 2026", "Spring 2027", "Summer 2027"])
        #expect(terms.map(\.activePlans) == [2, 1, 1])
        #expect(terms.map(\.reviewsOnTime) == [2, 0, 0])
        #expect(terms.map(\.reviewsLate) == [0, 1, 0])
        #expect(terms.map(\.targetsSet) == [6, 2, 0])
        #expect(terms[0].outcomes == Self.counts([.achieved: 2, .carriedOver: 1]))
        #expect(terms[1].outcomes == Self.counts([.partly: 1, .achieved: 1, .carriedOver: 1]))
        #expect(terms.map(\.minutesPerWeek) == [100, 50, 50])
        #expect(terms.map(\.costPerWeek) == [17.5, 12.5, 12.5])
        #expect(terms.map(\.notCosted) == [1, 0, 0])
    }

    @Test func aMistypedReviewYearGivesAtMostThirtyYearsOfTerms() {
        let repo = Fixture.repository()
        repo.write("plans/amelia-khan.md", planText(review: "9999-12-31"))
        let (model, history) = ImpactFixture.analysed(repo)
        let terms = ImpactModel(model: model, history: history).terms
        #expect(terms.first?.term.title == "Autumn 2026" && terms.count == 90)
    }
}
