/// How the index is written into `.js` files: JavaScript string literals, and postings packed
/// as base-64 variable-length numbers (`search.js` decodes them in `decodePostings`).
package enum SearchEncoding {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".unicodeScalars)

    /// Postings as one string: each is `(gap from the previous document << 6) | fields`,
    /// written five bits per character, low bits first, with bit 32 set when more follow.
    package static func postings(_ list: [SearchIndex.Posting]) -> String {
        var out = String.UnicodeScalarView()
        var previous = 0
        for posting in list {
            var value = (posting.doc - previous) << 6 | posting.fields
            previous = posting.doc
            repeat {
                let digit = value & 31
                value >>= 5
                out.append(alphabet[value > 0 ? digit | 32 : digit])
            } while value > 0
        }
        return String(out)
    }

    /// Reads what `postings(_:)` wrote.
    package static func decodePostings(_ text: String) -> [SearchIndex.Posting] {
        var result: [SearchIndex.Posting] = []
        var value = 0
        var shift = 0
        var doc = 0
        for scalar in text.unicodeScalars {
            guard let digit = alphabet.firstIndex(of: scalar) else { return result }
            value |= (digit & 31) << shift
            shift += 5
            if digit & 32 == 0 {
                doc += value >> 6
                result.append(SearchIndex.Posting(doc: doc, fields: value & 63))
                value = 0
                shift = 0
            }
        }
        return result
    }

    /// A double-quoted JavaScript (and JSON) string literal.
    package static func string(_ text: String) -> String {
        let escaped = text.replacingScalars { scalar in
            switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "\n": "\\n"
            case "<": "\\u003c"  // never "</script>" or "<!--" in a script file
            case "\u{2028}": "\\u2028"
            case "\u{2029}": "\\u2029"
            default:
                scalar.value < 0x20
                    ? "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16) : nil
            }
        }
        return "\"" + escaped + "\""
    }

    /// A JavaScript array literal of already-written values.
    static func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }

    /// The file name (without `.js`) for a shard key or a letter: the key itself when it is
    /// plain a–z and 0–9, otherwise `_` and the hexadecimal code points joined by `-`.
    package static func fileName(for key: String) -> String {
        if !key.isEmpty, key.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) }) { return key }
        return "_" + key.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: "-")
    }
}
