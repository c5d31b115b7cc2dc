import Foundation
import Testing

@testable import SSPWikiCore

@Suite("Trimming white space without Foundation")
struct TrimmingTests {
    /// Every scalar of the Basic Multilingual Plane outside the surrogates.
    static let scalars = (0...0xFFFF).compactMap(Unicode.Scalar.init)

    @Test("each scalar is trimmed exactly when Foundation's character sets hold it")
    func sameSetsAsFoundation() {
        for scalar in Self.scalars {
            let text = String(scalar) + "x" + String(scalar)
            #expect(
                text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces), "U+\(String(scalar.value, radix: 16))")
            #expect(
                text.trimmingWhitespaceAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines),
                "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test("only the ends are trimmed, of strings and substrings alike")
    func ends() {
        #expect("  Mrs J Patel \n".trimmingWhitespaceAndNewlines() == "Mrs J Patel")
        #expect(" \t a  b \t".trimmingWhitespace() == "a  b")
        #expect("line\n".trimmingWhitespace() == "line\n")
        #expect(" \n\u{3000} ".trimmingWhitespaceAndNewlines() == "")
        #expect("".trimmingWhitespace() == "")
        #expect("Zoë\u{00A0}".trimmingWhitespace() == "Zoë")
        #expect("[[ plan:amy ]]".dropFirst(2).dropLast(2).trimmingWhitespace() == "plan:amy")
    }
}
