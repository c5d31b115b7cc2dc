import Testing

@testable import SSPWikiCore

@Suite("Replacing scalars a run at a time")
struct StringReplacingTests {
    /// What replacing gives when done scalar by scalar, the plain way.
    static func oneByOne(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        for scalar in text.unicodeScalars { out += replacement(scalar) ?? String(scalar) }
        return out
    }

    @Test("each replaced scalar is replaced, everything between kept, at either end and in any script")
    func sameAsOneByOne() {
        let rules: [(Unicode.Scalar) -> String?] = [
            { $0 == "<" ? "&lt;" : $0 == "&" ? "&amp;" : nil },
            { $0.value == 0x301 ? "" : nil },
            { $0 == "é" ? "e" : $0 == "\u{2028}" ? "\\u2028" : nil },
            { _ in nil },
            { _ in "x" },
        ]
        let texts = ["", "<", "a<b&c", "<<&&", "plain text", "Zoë <b> é\u{301}\u{2028}", "👩‍👩‍👧<👍", "e\u{301}"]
        for text in texts {
            for rule in rules { #expect(text.replacingScalars(rule) == Self.oneByOne(text, rule), "\(text.debugDescription)") }
        }
    }

    @Test("a rule can keep state from one scalar to the next, in order")
    func ordered() {
        var seen: [Unicode.Scalar] = []
        _ = "a\r\nb".replacingScalars { scalar in
            seen.append(scalar)
            return nil
        }
        #expect(seen == ["a", "\r", "\n", "b"])
    }
}
