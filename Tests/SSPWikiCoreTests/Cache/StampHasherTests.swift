import Foundation
import Testing

@testable import SSPWikiCore

/// Fingerprints stored in `<output>.pages` by earlier builds stay comparable: the hex form is
/// the one `String(format: "%016llx%016llx")` gave.
@Suite struct StampHasherTests {
    @Test func theHexFormIsThirtyTwoLowerCaseDigitsOfBothHalves() {
        #expect(
            StampHasher().hex == String(format: "%016llx%016llx", UInt64(0xcbf2_9ce4_8422_2325), UInt64(0x6c62_272e_07bb_0142)))
        var seen: Set<String> = []
        for text in ["", "a", "plans/amy-khan.md", "Ünïcode ✓"] {
            var hasher = StampHasher()
            hasher.add(text)
            #expect(hasher.hex.count == 32 && hasher.hex.allSatisfy { "0123456789abcdef".contains($0) })
            seen.insert(hasher.hex)
        }
        #expect(seen.count == 4)
    }
}
