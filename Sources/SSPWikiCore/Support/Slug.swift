import Foundation

/// Stable, readable ids for headings, names and anchors: "Mrs J Patel" → "mrs-j-patel".
package enum Slug {
    package static func make(_ text: String) -> String {
        asciiSlug(text) ?? foldedSlug(text)
    }

    /// The slug of any text: accents and case folded by Foundation, then every run of
    /// characters other than ASCII letters and digits made one dash.
    static func foldedSlug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_GB"))
        var result = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash && !result.isEmpty { result.append("-") }
                result.unicodeScalars.append(scalar)
                pendingDash = false
            } else if ("A"..."Z").contains(scalar) {
                if pendingDash && !result.isEmpty { result.append("-") }
                result.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return result.isEmpty ? "section" : String(result.prefix(64))
    }

    /// The same slug for an ASCII text, byte by byte: Foundation's folding changes nothing in
    /// ASCII but the case, which the loop above lowers anyway. Nil for any other text.
    static func asciiSlug(_ text: String) -> String? {
        var bytes: [UInt8] = []
        var pendingDash = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                if pendingDash && !bytes.isEmpty { bytes.append(0x2D) }
                bytes.append(lower)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return bytes.isEmpty ? "section" : String(decoding: bytes.prefix(64), as: UTF8.self)
    }
}

/// Hands out slugs that are unique within one page by adding -2, -3 … to repeats.
struct SlugSet {
    private var counts: [String: Int] = [:]
    /// Ids already handed out or taken by the page around the text.
    private var taken: Set<String>

    init(reserved: Set<String> = []) {
        taken = reserved
    }

    mutating func unique(for text: String) -> String {
        let base = Slug.make(text)
        var n = counts[base, default: 0]
        var candidate = n == 0 ? base : "\(base)-\(n + 1)"
        while taken.contains(candidate) {
            n += 1
            candidate = "\(base)-\(n + 1)"
        }
        counts[base] = n + 1
        taken.insert(candidate)
        return candidate
    }
}
