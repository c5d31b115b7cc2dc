import Testing
@testable import SSPWikiCore

/// Search text is stored with white space tidied, so snippets read as one line.
@Suite struct WhitespaceTests {
    @Test(arguments: [
        ("  Amy  likes\n\n horses \t", "Amy likes horses"),
        ("line one\r\nline two", "line one line two"),
        ("no\u{00A0}break and\u{2003}em space", "no break and em space"),
        ("café\u{301} au lait", "café\u{301} au lait"),
        (" \n\t ", ""),
    ])
    func runsOfWhiteSpaceBecomeOneSpace(input: String, expected: String) {
        #expect(SearchDocumentBuilder.collapseWhitespace(input) == expected)
        #expect(SearchDocumentBuilder.collapseWhitespace(input) == input.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }
}
