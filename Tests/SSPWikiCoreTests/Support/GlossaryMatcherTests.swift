import Testing

@testable import SSPWikiCore

/// Glossary terms of one or several words, with the case rules of the glossary.
@Suite("Glossary matcher")
struct GlossaryMatcherTests {
    let matcher = GlossaryMatcher(terms: ["TA", "Case holder", "Teacher of the Deaf", "Teacher", "SENDCo", "A"])

    func found(_ text: String) -> [String] {
        matcher.matches(in: WordScanner.tokens(in: text)).map { "\($0.term)=\($0.text)" }
    }

    @Test func acronymsMatchOnlyAsWritten() {
        #expect(found("The TA and the ta, TAs and SENDCo's plan") == ["TA=TA", "SENDCo=SENDCo"])
        #expect(found("a plan") == [], "a one-letter term matches only as written")
    }

    @Test func wordsMatchWhateverTheirCase() {
        #expect(found("Her case holder and the Case Holder") == ["Case holder=case holder", "Case holder=Case Holder"])
    }

    @Test func theLongestTermWinsAndWordsMustBeSeparatedBySpaces() {
        #expect(
            found("A Teacher of the Deaf visits the teacher") == [
                "A=A", "Teacher of the Deaf=Teacher of the Deaf", "Teacher=teacher",
            ])
        #expect(found("case-holder") == [])
    }
}
