extension ContentLoader {
    /// What the file at `rel` (relative to the content folder) is, by its place; nil when the
    /// content format ignores it or it is a media file. Files and folders starting with `.`
    /// or `_` are ignored.
    package static func kind(of rel: String) -> SourceKind? {
        var rel = rel
        // Every file is classified on every load (each `serve` rebuild): an ASCII path, where
        // each byte is a character, is read over its bytes.
        if let kind = rel.withUTF8({ $0.allSatisfy { $0 < 0x80 } ? Optional(asciiKind(of: $0)) : nil }) { return kind }
        return characterKind(of: rel)
    }

    /// `kind(of:)` over the Characters of the path.
    static func characterKind(of rel: String) -> SourceKind? {
        let parts = rel.split(separator: "/")
        if parts.contains(where: { $0.hasPrefix(".") || $0.hasPrefix("_") }) { return nil }
        let top = parts.count > 1 ? parts[0] : ""
        switch (top, rel) {
        case (_, "site.yml"): return .site
        case (_, "glossary.yml"): return .glossary
        case ("plans", _) where rel.hasSuffix(".md"): return .plan
        case ("indes", _) where rel.hasSuffix(".md"): return .indes
        case ("peass", _) where rel.hasSuffix(".md"): return .peass
        case ("pages", _) where rel.hasSuffix(".md"): return .page
        default: return nil
        }
    }

    /// `kind(of:)` for an ASCII path, over its bytes.
    private static func asciiKind(of path: UnsafeBufferPointer<UInt8>) -> SourceKind? {
        // The first folder's name, and how many parts the path has (empty parts, as in "a//b", are none).
        var top = 0..<0
        var parts = 0
        var start = 0
        for place in 0...path.count where place == path.count || path[place] == UInt8(ascii: "/") {
            if place > start {
                if path[start] == UInt8(ascii: ".") || path[start] == UInt8(ascii: "_") { return nil }
                if parts == 0 { top = start..<place }
                parts += 1
            }
            start = place + 1
        }
        func bytes(_ range: Range<Int>, are text: StaticString) -> Bool {
            guard range.count == text.utf8CodeUnitCount else { return false }
            for offset in 0..<range.count where path[range.lowerBound + offset] != text.utf8Start[offset] { return false }
            return true
        }
        let whole = 0..<path.count
        if bytes(whole, are: "site.yml") { return .site }
        if bytes(whole, are: "glossary.yml") { return .glossary }
        guard parts > 1, path.count >= 3, bytes(path.count - 3..<path.count, are: ".md") else { return nil }
        if bytes(top, are: "plans") { return .plan }
        if bytes(top, are: "indes") { return .indes }
        if bytes(top, are: "peass") { return .peass }
        if bytes(top, are: "pages") { return .page }
        return nil
    }
}
