import Foundation
import Testing

@testable import SSPWikiCore

/// A child's cycles read from the git history, with targets followed by id and by words.
@Suite struct PlanProgressTests {
    @Test func cyclesFollowTheRenamedPlanAndItsTargets() throws {
        let repo = ImpactFixture.repository()
        let (model, history) = ImpactFixture.analysed(repo)
        let plan = try #require(model.plans.first { $0.id == "amelia-k" })
        let progress = PlanProgress(plan: plan, history: history)
        #expect(progress.cycles.map(\.plan.planNumber) == [1, 2, 3])
        #expect(progress.cycles.map(\.reviewed) == [Day(iso: "2026-12-03"), Day(iso: "2027-03-25"), nil])
        #expect(progress.cycles.map(\.decision) == [.continue, .newOutcomes, nil])
        #expect(progress.cycles.map(\.onTime) == [true, false, nil])

        let first = progress.cycles[0]
        let second = progress.cycles[1]
        let open = progress.cycles[2]
        #expect(first.targets.map(\.thread) == ["T1", "T2"])
        #expect(first.targets.map(\.outcome) == [.achieved, .carriedOver])
        // T1 was reused for a different outcome; T2 continued with similar words.
        #expect(second.targets.map(\.thread) == ["T1 (2)", "T2", "T3"])
        #expect(second.targets.map(\.outcome) == [.partly, .achieved, .carriedOver])
        // T3 came back as T4: followed by its words.
        #expect(open.targets.map(\.thread) == ["T1 (2)", "T3"])
        #expect(open.targets.allSatisfy { $0.outcome == nil })

        #expect(first.minutesPerWeek == 80)
        #expect(open.minutesPerWeek == 50)
        #expect(first.targets[0].provisions.map(\.what) == ["Daily word games"])
        #expect(first.weeks(of: first.plan.provisions[0]) == 87.0 / 7)
    }

    @Test func aPlanWithoutHistoryHasOnlyItsOpenCycle() throws {
        let repo = Fixture.repository()
        repo.write(
            "plans/amelia-khan.md", planText(extra: "targets:\n" + ImpactFixture.target("T1", "Read 20 words", "in-progress")))
        let (model, history) = ImpactFixture.analysed(repo)
        let progress = PlanProgress(plan: model.plans[0], history: history)
        #expect(progress.cycles.count == 1 && progress.cycles[0].isOpen && progress.reviewed.isEmpty)
    }

    @Test func aPlanKeepingTheLastReviewsRecordIsStillOpen() throws {
        let repo = Fixture.repository()
        let target = ImpactFixture.target("T1", "Read 20 common words on sight", "%@")
        let record = ImpactFixture.record("2026-12-03", "continue")
        repo.write("plans/amelia-khan.md", planText(extra: "targets:\n" + String(format: target, "achieved") + record))
        repo.commit("Review of plan 1", date: "2026-12-03")
        // Plan 2 starts on 7 December and still carries the record of the review on 3 December.
        repo.write(
            "plans/amelia-khan.md",
            planText(review: "2027-03-19", number: 2, extra: "targets:\n" + String(format: target, "in-progress") + record)
                .replacingOccurrences(of: "start: 2026-09-07", with: "start: 2026-12-07"))
        repo.commit("Plan 2", date: "2026-12-07")
        let (model, history) = ImpactFixture.analysed(repo)
        let progress = PlanProgress(plan: model.plans[0], history: history)
        #expect(progress.cycles.map(\.plan.planNumber) == [1, 2])
        #expect(progress.cycles.map(\.isOpen) == [false, true])
        #expect(progress.cycles[0].targets.map(\.outcome) == [.achieved])

        // Without the earlier commit, the carried record closes no cycle either.
        let alone = Fixture.repository()
        alone.write("plans/amelia-khan.md", try String(contentsOfFile: repo.content + "/plans/amelia-khan.md", encoding: .utf8))
        alone.commit("Plan 2", date: "2026-12-07")
        let (current, currentHistory) = ImpactFixture.analysed(alone)
        let only = PlanProgress(plan: current.plans[0], history: currentHistory)
        #expect(only.cycles.map(\.isOpen) == [true])
    }

    @Test func targetsMatchByIdAndWords() {
        func target(_ id: String, _ text: String) -> Target { Target(id: id, outcome: text) }
        let before = [target("T1", "Read 20 common words"), target("T2", "Swim a width of the pool")]
        let after = [
            target("T1", "Tie shoelaces without help"), target("T5", "Swim a width of the pool unaided"),
            target("T2", "Read 30 common words"),
        ]
        #expect(TargetMatcher.match(before, after) == [nil, 1, 0])
    }
}
