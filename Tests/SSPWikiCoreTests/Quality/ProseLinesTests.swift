import Testing
@testable import SSPWikiCore

@Suite("Prose lines")
struct ProseLinesTests {
    @Test("code spans, link addresses, tags and URLs are blanked, keeping columns")
    func inline() {
        let line = "A `CODE` [B](http://x/Y) <abbr> www.example.org C"
        let blanked = ProseLines.lines(of: line)[0]
        #expect(blanked.count == line.count)
        #expect(WordScanner.acronyms(in: Substring(blanked)).map(\.word) == [])
        #expect(blanked.hasSuffix(" C") && blanked.hasPrefix("A "))
        #expect(blanked.contains("[B]"))
    }

    @Test("fenced code blocks are blanked, with backticks or tildes, until the closing fence")
    func fences() {
        let body = "ONE\n```swift\nTWO\n```\nTHREE\n~~~~\nFOUR\n~~~\nFIVE\n~~~~\nSIX"
        let words = ProseLines.lines(of: body).map { WordScanner.acronyms(in: Substring($0)).map(\.word) }
        #expect(words == [["ONE"], [], [], [], ["THREE"], [], [], [], [], [], ["SIX"]])
    }

    @Test("an unclosed code span is kept as text")
    func unclosedSpan() {
        #expect(ProseLines.lines(of: "a ``b` CODE")[0] == "a ``b` CODE")
    }
}
