import Foundation
import Testing

@testable import SSPWikiCore

@Suite("Finding text by its bytes, without Foundation")
struct StringSearchTests {
    @Test("finds the first occurrence, from a given index, in strings and substrings, as Foundation does")
    func sameAsFoundation() {
        let texts = [
            "", "[[", "a [[plan:x]] b [[page:y]]", "[[[[x]]]]", "]] before [[", "Zoë's [[plan:zoë]] — ✓",
            "<h2>A</h2><table><tr><th>x</th></tr></table>", "no marker here", "[", "[x[[", "👩‍👩‍👧 [[a]]",
        ]
        for text in texts {
            for needle in ["[[", "]]", "<table>", "</tr>", "<h", "[", "zoë", "x"] {
                let ours = text.firstRange(ofBytes: needle)
                let theirs = text.range(of: needle)
                #expect(ours == theirs, "\(needle) in \(text)")
                #expect(text.containsBytes(needle) == (theirs != nil))
                if let found = theirs {
                    let after = text.firstRange(ofBytes: needle, from: found.upperBound)
                    #expect(
                        after == text.range(of: needle, range: found.upperBound..<text.endIndex), "second \(needle) in \(text)")
                }
                let tail = text.dropFirst(1)
                #expect(tail.firstRange(ofBytes: needle) == tail.range(of: needle), "\(needle) in substring of \(text)")
            }
        }
    }

    @Test("an empty needle, a needle longer than the text and a cut-off match find nothing")
    func edges() {
        #expect("abc".firstRange(ofBytes: "") == nil)
        #expect("ab".firstRange(ofBytes: "abc") == nil)
        #expect("x]".firstRange(ofBytes: "]]") == nil)
        let text = "a]]b]]"
        let first = text.firstRange(ofBytes: "]]")!
        #expect(text[..<first.lowerBound] == "a")
        #expect(text[text.firstRange(ofBytes: "]]", from: first.upperBound)!.lowerBound...] == "]]")
        #expect(text.firstRange(ofBytes: "]]", from: text.endIndex) == nil)
    }

    @Test("a text has exactly the UTF-8 bytes it encodes to, and no others of any length")
    func utf8Equality() {
        for text in ["", "a", "Zoë", "👩‍👩‍👧 plan", "---\nname: Amy\n---\nBody\n", String(repeating: "ab", count: 500)] {
            let bytes = Array(text.utf8)
            #expect(text.hasUTF8(bytes), "\(text.debugDescription)")
            #expect(!text.hasUTF8(bytes + [0x0A]), "one byte more than \(text.debugDescription)")
            if !bytes.isEmpty {
                #expect(!text.hasUTF8(Array(bytes.dropLast())), "one byte less than \(text.debugDescription)")
                var changed = bytes
                changed[changed.count / 2] ^= 0x01
                #expect(!text.hasUTF8(changed), "one byte changed in \(text.debugDescription)")
            }
        }
    }

    @Test("lines are cut at each line feed with empty lines kept, as split(separator:) cuts them")
    func lines() {
        for text in ["", "\n", "a", "a\n", "\na", "a\n\nb", "Zoë\n👩‍👩‍👧\n\n", "a\u{301}\nb", "tab\tend\n\n\n"] {
            #expect(text.lineSlices == text.split(separator: "\n", omittingEmptySubsequences: false), "\(text.debugDescription)")
        }
    }
}
