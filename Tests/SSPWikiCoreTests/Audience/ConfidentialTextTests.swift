import Testing

@testable import SSPWikiCore

/// The quick test of whether a model holds anything confidential at all (`hasConfidential`).
@Suite struct ConfidentialTextTests {
    @Test(arguments: [
        ("## Confidential\nSeen by the DSL.", true),
        ("A CONFIDENTIAL note", true),
        ("ends with confidentiaL", true),
        ("Café notes — confidential", true),
        ("Café notes — nothing private", false),
        ("confide, confident, confidentia", false),
        ("", false),
    ])
    func findsTheWordInAnyCase(text: String, expected: Bool) {
        #expect(ConfidentialText.mentionsConfidential(text) == expected)
        #expect(ConfidentialText.mentionsConfidential(text) == (text.range(of: "confidential", options: .caseInsensitive) != nil))
    }
}
