import Testing

@testable import SSPWikiCore

@Suite("ParallelMap keeps the order of its input")
struct ParallelMapTests {
    @Test func resultsAreInInputOrder() {
        let input = Array(0..<500)
        #expect(ParallelMap.map(input) { $0 * 2 } == input.map { $0 * 2 })
    }

    @Test func emptyAndSingleInputs() {
        #expect(ParallelMap.map([Int]()) { $0 }.isEmpty)
        #expect(ParallelMap.map([7]) { $0 + 1 } == [8])
    }
}
