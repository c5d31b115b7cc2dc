import Foundation
import Testing

@testable import SSPWikiCore

@Suite("Search encoding: text as script string literals")
struct SearchEncodingTests {
    /// The escaping as it was written scalar by scalar, before it was done over bytes.
    static func reference(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "<": out += "\\u003c"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    @Test("every text is written as the scalar-by-scalar escaping wrote it, and reads back as itself")
    func stringLiteralsMatchTheReference() throws {
        var generator = GeneratedTexts(seed: 5)
        let pieces = "aZ9 \"\\\n\t\r<>/&'\u{0}\u{1F}\u{7F}é—\u{2027}\u{2028}\u{2029}\u{202A}😀中\u{85}".map(String.init)
        let texts =
            ["", "plain", "</script><!-- x -->", "line\u{2028}break\u{2029}", "ends with \u{E2}"]
            + generator.texts(400, of: pieces, longest: 31)
        for text in texts {
            let literal = SearchEncoding.string(text)
            #expect(literal == Self.reference(text), "\(Array(text.unicodeScalars))")
            let read = try JSONSerialization.jsonObject(with: Data(literal.utf8), options: .fragmentsAllowed)
            #expect(read as? String == text)
            #expect(!literal.contains("<") && !literal.contains("\u{2028}") && !literal.contains("\u{2029}"))
        }
    }
}
