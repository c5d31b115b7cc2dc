import Foundation

/// The form text takes in the search index: lower case, accents removed, a few letters
/// spelt out ("Zoë" → "zoe", "Straße" → "strasse"), so queries match however they were typed.
///
/// `themes/default/assets/search.js` folds queries the same way (`fold`).
package enum SearchFolding {
    /// Letters that have no decomposition but a usual plain spelling.
    static let spelled: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
    ]

    /// Folds `text` for searching.
    ///
    /// An ASCII character folds to its lower case whatever stands beside it: it starts a new
    /// character and no decomposition reaches across it. So only the runs of other characters
    /// go through `foldWhole`, and a text with one accented name in it is not lower-cased and
    /// decomposed whole (`SearchTextTests` compares this with `foldWhole` on generated texts).
    package static func fold(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var at = 0
            while at < bytes.count {
                let byte = bytes[at]
                guard byte >= 0x80 else {
                    out.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
                    at += 1
                    continue
                }
                let start = at
                while at < bytes.count, bytes[at] >= 0x80 { at += 1 }
                out.append(
                    contentsOf: foldWhole(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)).utf8)
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Folds `text` in one piece: lower case, canonical decomposition, combining accents
    /// (U+0300…U+036F) removed and the `spelled` letters written out.
    static func foldWhole(_ text: String) -> String {
        text.lowercased().decomposedStringWithCanonicalMapping.replacingScalars { scalar in
            (0x300...0x36F).contains(scalar.value) ? "" : spelled[scalar]
        }
    }
}
