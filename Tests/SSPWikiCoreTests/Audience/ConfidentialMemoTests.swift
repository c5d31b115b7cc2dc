import Testing

@testable import SSPWikiCore

/// `serve` keeps whether each plan and past version is marked confidential (`ConfidentialMemo`);
/// what it says must always be what reading every plan and version again says.
@Suite("Confidential marks kept between rebuilds")
struct ConfidentialMemoTests {
    @Test("a past version marked confidential is found; unchanged versions are not read again")
    func aMarkedPastVersionIsFoundAndUnchangedOnesAreKept() throws {
        let (model, history) = ImpactFixture.analysed(ImpactFixture.repository())
        let memo = ConfidentialMemo()
        let past = history.versions.filter { if case .plan = $0.value { true } else { false } }
        #expect(past.count >= 3)
        #expect(!model.hasConfidential(history: history, memo: memo))
        #expect(memo.versions.lastMade == past.count)
        #expect(!model.hasConfidential(history: history, memo: memo))
        #expect(memo.versions.lastMade == 0)

        // One version becomes restricted: only it is read again, and the mark is found.
        var marked = history
        let key = try #require(past.keys.sorted { $0.blob < $1.blob }.first)
        guard case .plan(var plan)? = history.versions[key] else { throw Unexpected() }
        plan.restricted = true
        marked.versions[key] = .plan(plan)
        #expect(model.hasConfidential(history: marked))
        #expect(model.hasConfidential(history: marked, memo: memo))
        #expect(memo.versions.lastMade == 1)
        #expect(!model.hasConfidential(history: history, memo: memo))
    }

    struct Unexpected: Error {}
}
