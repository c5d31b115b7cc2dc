import Foundation
import Testing

@testable import SSPWikiCore

/// `scripts/demo-history` gives the demo a history that every progress and impact figure can use.
@Suite struct DemoHistoryTests {
    /// Runs the script into a new folder; returns the repository and its HEAD commit.
    static func replay() throws -> (String, String) {
        let repo = NSTemporaryDirectory() + "sspwiki-demo-history-" + UUID().uuidString
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Fixture.packageRoot + "/scripts/demo-history")
        process.arguments = [Fixture.packageRoot + "/content", repo]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let head = try String(contentsOfFile: repo + "/.git/refs/heads/main", encoding: .utf8)
        return (repo, head)
    }

    @Test func theDemoHasThreeReviewedCyclesForFivePlansAndIsReproducible() throws {
        let (repo, head) = try Self.replay()
        let (again, sameHead) = try Self.replay()
        defer { for folder in [repo, again] { try? FileManager.default.removeItem(atPath: folder) } }
        #expect(head == sameHead)

        let (analysed, diagnostics) = SiteBuilder().analyse(
            content: repo + "/content", today: Fixture.today, history: HistoryLoader())
        #expect(!diagnostics.hasErrors, "\(Fixture.formatted(diagnostics))")
        let site = try #require(analysed)
        let impact = ImpactModel(model: site.model, history: site.history)
        let withHistory = impact.progress.values.filter { $0.reviewed.count >= 3 }
        #expect(
            withHistory.map(\.planID).sorted() == [
                "archie-whitlock", "callum-reid", "ellis-garner", "maisie-fairbrother", "nadia-rahman",
            ])
        // Every replayed cycle has targets, provision time and an outcome for each target.
        for progress in withHistory {
            for cycle in progress.reviewed.suffix(3) {
                #expect(!cycle.targets.isEmpty && cycle.minutesPerWeek > 0 && cycle.outcomes.total == cycle.targets.count)
            }
        }
        #expect(impact.terms.map(\.term.title).prefix(3) == ["Autumn 2025", "Spring 2026", "Summer 2026"])
        #expect(impact.provisions.contains { $0.children.count >= 2 && $0.outcomes.total > 0 })
    }
}
