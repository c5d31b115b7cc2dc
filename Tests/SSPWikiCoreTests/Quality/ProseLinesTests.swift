import Testing

@testable import SSPWikiCore

@Suite("Prose lines")
struct ProseLinesTests {
    @Test("code spans, link addresses, tags and URLs are blanked, keeping columns")
    func inline() {
        let line = "A `CODE` [B](http://x/Y) <abbr> www.example.org C"
        let blanked = ProseLines.lines(of: line)[0].text
        #expect(blanked.count == line.count)
        #expect(WordScanner.acronyms(in: Substring(blanked)).map(\.word) == [])
        #expect(blanked.hasSuffix(" C") && blanked.hasPrefix("A "))
        #expect(blanked.contains("[B]"))
    }

    @Test("a bare web address is blanked even on a line with nothing else to blank")
    func bareAddress() {
        #expect(ProseLines.lines(of: "See WWW.EXAMPLE.ORG today, OK")[0].text == "See                 today, OK")
    }

    @Test("fenced code blocks are blanked, with backticks or tildes, until the closing fence")
    func fences() {
        let body = "ONE\n```swift\nTWO\n```\nTHREE\n~~~~\nFOUR\n~~~\nFIVE\n~~~~\nSIX"
        let lines = ProseLines.lines(of: body)
        #expect(lines.map(\.index) == [0, 4, 10])
        #expect(lines.map { WordScanner.acronyms(in: Substring($0.text)).map(\.word) } == [["ONE"], ["THREE"], ["SIX"]])
    }

    @Test("an unclosed code span is kept as text")
    func unclosedSpan() {
        #expect(ProseLines.lines(of: "a ``b` CODE")[0].text == "a ``b` CODE")
    }

    @Test("lines the caller does not want are left out before any work")
    func wanted() {
        #expect(ProseLines.lines(of: "a\nB\nc", wanted: { $0 != "B" }).map(\.text) == ["a", "c"])
    }
}
