import Foundation

/// Text-level redaction of a Markdown body: sections under a `Confidential` heading are
/// blanked, and `[[…]]` links to plans the audience may not see become plain names.
///
/// Working on the text (and parsing the result again) rather than on rendered HTML means
/// every later use of the body — page, search words, word diffs, link graph — sees the same
/// redacted text.
enum ConfidentialText {
    /// Whether a heading's text marks a confidential section: `Confidential`, or
    /// `Confidential: …`, `Confidential – …` and the like.
    static func isConfidentialHeading(_ title: String) -> Bool {
        let words = title.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.first == "confidential"
    }

    /// Whether an unreadable version's text may hold something confidential: the setting marks
    /// flags or fields confidential, or the text mentions `confidential` or `restricted`.
    static func mayBeConfidential(_ text: String, settings: ConfidentialitySettings) -> Bool {
        !settings.flags.isEmpty || !settings.fields.isEmpty
            || text.range(of: "confidential", options: .caseInsensitive) != nil
            || text.range(of: "restricted", options: .caseInsensitive) != nil
    }

    /// Whether `text` holds the word `confidential` in any case. An ASCII text is searched
    /// byte by byte (a serve rebuild asks this of every plan and past version); any other text
    /// as Foundation compares without case.
    static func mentionsConfidential(_ text: String) -> Bool {
        let needle = Array("confidential".utf8)
        let found: Bool? =
            text.utf8.withContiguousStorageIfAvailable { bytes in
                guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
                guard bytes.count >= needle.count else { return false }
                for start in 0...(bytes.count - needle.count) where bytes[start] | 0x20 == needle[0] {
                    var at = 1
                    while at < needle.count, bytes[start + at] | 0x20 == needle[at] { at += 1 }
                    if at == needle.count { return true }
                }
                return false
            } ?? nil
        return found ?? (text.range(of: "confidential", options: .caseInsensitive) != nil)
    }

    /// The level and text of an ATX heading line (`## Confidential ##`), or nil.
    static func heading(_ line: Substring) -> (level: Int, title: String)? {
        let indent = line.prefix(while: { $0 == " " })
        guard indent.count <= 3 else { return nil }
        let rest = line.dropFirst(indent.count)
        let hashes = rest.prefix(while: { $0 == "#" })
        guard (1...6).contains(hashes.count) else { return nil }
        let after = rest.dropFirst(hashes.count)
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
        var title = after.trimmingCharacters(in: .whitespaces)
        while title.hasSuffix("#") { title.removeLast() }
        return (hashes.count, title.trimmingCharacters(in: .whitespaces))
    }

    /// The body with every confidential section (its heading and everything up to the next
    /// heading of the same or a higher level) replaced by empty lines, so line numbers stay.
    static func withoutConfidentialSections(_ body: String) -> String {
        guard body.range(of: "confidential", options: .caseInsensitive) != nil else { return body }
        var out: [Substring] = []
        var fence: Substring?
        var skipping: Int?
        for line in body.lineSlices {
            let trimmed = line.drop(while: { $0 == " " })
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
            } else if let (level, title) = heading(line) {
                if let depth = skipping, level <= depth { skipping = nil }
                if skipping == nil, isConfidentialHeading(title) { skipping = level }
            }
            out.append(skipping == nil ? line : "")
        }
        return out.joined(separator: "\n")
    }

    /// The body with each `[[…]]` link to a plan in `withheld` (id → name to show) replaced by
    /// the link's own label or that name, without a link.
    static func withoutLinks(to withheld: [String: String], in body: String) -> String {
        guard !withheld.isEmpty, body.containsBytes("[[") else { return body }
        var out = ""
        var rest = body[...]
        while let open = rest.firstRange(ofBytes: "[["), let close = rest.firstRange(ofBytes: "]]", from: open.upperBound) {
            out += rest[..<open.lowerBound]
            let inner = String(rest[open.upperBound..<close.lowerBound])
            let link = WikiLink(raw: inner, location: SourceLocation(file: "", line: 0, column: 0))
            if link.kind == nil || link.kind == .plan, let name = withheld[link.target] {
                out += link.label ?? name
            } else {
                out += rest[open.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        out += rest
        return out
    }
}
