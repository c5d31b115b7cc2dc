import Testing

@testable import SSPWikiCore

@Suite("Suggestion: did you mean …?")
struct SuggestionTests {
    @Test func editDistanceCountsInsertionsDeletionsAndChanges() {
        #expect(Suggestion.editDistance("", "") == 0)
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.editDistance("abc", "") == 3)
        #expect(Suggestion.editDistance("review", "review") == 0)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("sen-suport", "sen-support") == 1)
        #expect(Suggestion.editDistance("ehcp", "sen-support") > 3)
    }

    @Test func swappedNeighboursCountAsOneEdit() {
        #expect(Suggestion.editDistance("reveiw", "review") == 1)
        #expect(Suggestion.editDistance("ab", "ba") == 1)
        #expect(Suggestion.editDistance("speech-langauge", "speech-language") == 1)
    }

    @Test func editDistanceIsSymmetric() {
        for (a, b) in [("kitten", "sitting"), ("reveiw", "review"), ("plan", "planning"), ("é", "e")] {
            #expect(Suggestion.editDistance(a, b) == Suggestion.editDistance(b, a))
        }
    }

    @Test func closestPicksTheNearestLikelyMisspelling() {
        #expect(Suggestion.closest(to: "reveiw", in: ["name", "review", "review_record"]) == "review")
        #expect(Suggestion.closest(to: "Stage", in: ["stage", "start"]) == "stage")
        #expect(Suggestion.closest(to: "jacob-kahn", in: ["amelia-khan", "jacob-khan"]) == "jacob-khan")
    }

    @Test func farAwayWordsGetNoSuggestion() {
        #expect(Suggestion.closest(to: "banana", in: ["sen-support", "ehcp"]) == nil)
        #expect(Suggestion.closest(to: "xyz", in: [String]()) == nil)
    }

    @Test func hintSaysDidYouMeanOrListsTheAllowedWords() {
        #expect(Suggestion.hint(for: "sen-suport", in: ["sen-support", "ehcp"]) == "did you mean 'sen-support'?")
        #expect(Suggestion.hint(for: "banana", in: ["sen-support", "ehcp"]) == "use one of: sen-support, ehcp")
        #expect(Suggestion.hint(for: "banana", in: ["sen-support", "ehcp"], listing: false) == nil)
    }
}
