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

    /// A double-quoted JavaScript (and JSON) string literal. `"`, `\` and line feeds are
    /// written `\"`, `\\` and `\n`; `<` (never `</script>` or `<!--` in a script file), the
    /// other control characters and the separators U+2028 and U+2029 as `\u` and four
    /// lower-case hex digits. Written over the UTF-8 bytes.
    package static func string(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = [UInt8(ascii: "\"")]
            out.reserveCapacity(bytes.count + 8)
            var at = 0
            func hex(_ value: Int) {
                out.append(contentsOf: "\\u".utf8)
                for shift in [12, 8, 4, 0] { out.append(hexDigits[value >> shift & 0xF]) }
            }
            while at < bytes.count {
                let byte = bytes[at]
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
                case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
                case UInt8(ascii: "<"): hex(0x3C)
                case ..<0x20: hex(Int(byte))
                case 0xE2 where at + 2 < bytes.count && bytes[at + 1] == 0x80 && (bytes[at + 2] == 0xA8 || bytes[at + 2] == 0xA9):
                    hex(bytes[at + 2] == 0xA8 ? 0x2028 : 0x2029)
                    at += 2
                default: out.append(byte)
                }
                at += 1
            }
            out.append(UInt8(ascii: "\""))
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A JavaScript array literal of already-written values.
    static func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }

    /// The file name (without `.js`) for a shard key or a letter: the key itself when it is
    /// plain a–z and 0–9, otherwise `_` and the hexadecimal code points joined by `-`.
    package static func fileName(for key: String) -> String {
        if !key.isEmpty, key.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) }) { return key }
        return "_" + key.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: "-")
    }
}
