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
    package static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }  // nothing to decompose
        return text.lowercased().decomposedStringWithCanonicalMapping.replacingScalars { scalar in
            (0x300...0x36F).contains(scalar.value) ? "" : spelled[scalar]  // combining accents go
        }
    }
}
