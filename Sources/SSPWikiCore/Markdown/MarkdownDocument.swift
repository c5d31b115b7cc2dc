/// A Markdown body after parsing: rendered HTML split into sections at its level-1 and
/// level-2 headings, with placeholders where `[[…]]` links, glossary terms and paths inside
/// the site go. The render stage fills the placeholders once links are resolved.
package struct MarkdownDocument: Sendable {
    /// A run of the body that starts at a heading (or the text before the first heading).
    package struct Section: Sendable {
        /// The heading text as written, or nil for text before the first heading.
        package var title: String?
        package var level: Int
        /// The heading's id on the page.
        package var anchor: String?
        /// HTML of everything after the heading up to the next section, with placeholders.
        package var html: String
        /// File line of the heading.
        package var line: Int
    }

    /// A heading anywhere in the body.
    package struct Heading: Sendable, Hashable {
        package var level: Int
        package var text: String
        package var anchor: String
    }

    package var sections: [Section] = []
    package var headings: [Heading] = []
    /// Every `[[…]]` link, in order; placeholder `n` refers to `links[n]`.
    package var links: [WikiLink] = []
    /// Glossary terms marked at their first use; placeholder `n` refers to `terms[n]`.
    package var terms: [String] = []
    /// The text of each marked use as written (`terms[n]` may be "Pupil premium" where the
    /// body says "pupil premium").
    package var termTexts: [String] = []
    /// Links and images to files inside the content folder (`media/…`).
    package var localReferences: [LocalReference] = []
    /// The text a reader sees, without markup, for search.
    package var plainText: String = ""
    /// Links and images whose address was removed because it is not allowed, one warning each.
    package var warnings: [Diagnostic] = []

    package init() {}

    /// True when the body has nothing but white space.
    package var isEmpty: Bool { sections.allSatisfy { $0.title == nil && $0.html.allSatisfy(\.isWhitespace) } }

    /// The section whose heading matches `title` (case-insensitive).
    package func section(titled title: String) -> Section? {
        sections.first { $0.title?.lowercased() == title.lowercased() }
    }
}

/// The kinds of page a `[[kind:id]]` link can name.
package enum WikiLinkKind: String, Sendable, Hashable, CaseIterable {
    case plan, page, peass, indes
}

/// One `[[…]]` link as written.
package struct WikiLink: Sendable, Hashable {
    /// Everything between the brackets.
    package var raw: String
    /// The kind written before `:`, if any.
    package var kind: WikiLinkKind?
    /// The kind prefix as written when it is not a known kind (reported by validation).
    package var unknownKind: String?
    package var target: String
    /// `N` in `[[indes:code/N]]`.
    package var level: Int?
    /// Text after `|`.
    package var label: String?
    package var location: SourceLocation

    /// Reads the inside of `[[…]]`.
    package init(raw: String, location: SourceLocation) {
        self.raw = raw
        self.location = location
        var spec = raw
        if let bar = raw.firstIndex(of: "|") {
            spec = String(raw[..<bar])
            let label = raw[raw.index(after: bar)...].trimmingWhitespace()
            self.label = label.isEmpty ? nil : label
        }
        spec = spec.trimmingWhitespace()
        if let colon = spec.firstIndex(of: ":") {
            let prefix = String(spec[..<colon]).lowercased()
            if let kind = WikiLinkKind(rawValue: prefix) { self.kind = kind } else { unknownKind = prefix }
            spec = String(spec[spec.index(after: colon)...])
        }
        if let slash = spec.firstIndex(of: "/"), let level = Int(spec[spec.index(after: slash)...]) {
            self.level = level
            spec = String(spec[..<slash])
        }
        target = spec.trimmingWhitespace()
    }
}

/// A link or image in Markdown that points at a file inside the content folder.
package struct LocalReference: Sendable, Hashable {
    package var path: String
    package var location: SourceLocation
}

/// Private-use characters that mark placeholders in parsed HTML. The same characters typed in
/// the content are escaped as `escape` + a digit while parsing (`escaped`), so they stay text
/// and can never be taken for a placeholder.
enum Placeholder {
    static let linkOpen: Character = "\u{E000}"
    static let linkClose: Character = "\u{E001}"
    static let termOpen: Character = "\u{E002}"
    static let termClose: Character = "\u{E003}"
    static let escape: Character = "\u{E004}"
    static let linkScheme = "sspwiki-link:"
    static let rootScheme = "sspwiki-root:"
    /// The code points used above, which content must not be allowed to forge.
    static let reserved: ClosedRange<UInt32> = 0xE000...0xE004

    /// The markers as the single scalars they are, for scanning without grapheme breaking.
    enum Scalar {
        static let linkOpen = Placeholder.linkOpen.unicodeScalars.first!
        static let linkClose = Placeholder.linkClose.unicodeScalars.first!
        static let termOpen = Placeholder.termOpen.unicodeScalars.first!
        static let termClose = Placeholder.termClose.unicodeScalars.first!
        static let escape = Placeholder.escape.unicodeScalars.first!
    }

    /// `text` with every reserved character written as `escape` + its last digit, or nil when
    /// there is none.
    static func escaped(_ text: String) -> String? {
        guard text.unicodeScalars.contains(where: { reserved.contains($0.value) }) else { return nil }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if reserved.contains(scalar.value) {
                out.append(escape.unicodeScalars.first!)
                out.append(Unicode.Scalar(UInt8(ascii: "0") + UInt8(scalar.value - reserved.lowerBound)))
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The text `escaped` was given back.
    static func unescaped(_ text: String) -> String {
        guard text.contains(escape) else { return text }
        var out = String.UnicodeScalarView()
        var pending = false
        for scalar in text.unicodeScalars {
            if pending, let digit = scalar.properties.numericType != nil ? UInt32(String(scalar)) : nil {
                out.append(Unicode.Scalar(reserved.lowerBound + digit)!)
                pending = false
            } else if scalar == escape.unicodeScalars.first! {
                pending = true
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
