import SSPWikiTemplates

/// HTML escaping for the few places where Swift code, not a template, writes markup.
package enum HTML {
    /// Escapes text for use in element content and in quoted attribute values.
    package static func escape(_ text: String) -> String {
        let special = text.utf8.contains { byte in
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }
        guard special else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        HTMLEscaping.append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The relative prefix from a page at `sitePath` back to the site root: "" or "../".
    package static func root(for sitePath: String) -> String {
        String(repeating: "../", count: sitePath.split(separator: "/").count - 1)
    }
}

/// Fills the placeholders the Markdown parser left in rendered HTML, once links are resolved.
struct MarkdownFiller {
    /// Prefix from the page back to the site root.
    let root: String
    let graph: LinkGraph
    let glossary: [String: GlossaryTerm]
    /// For a document printed or sent outside the site (`PlanExporter`): a link to a plan
    /// names no child ("a related plan") and a glossary term is plain text.
    var forDocument = false

    func fill(_ html: String, document: MarkdownDocument, resolved: [ResolvedLink?]) -> String {
        let links = document.links
        guard html.containsBytes("sspwiki-") || html.unicodeScalars.contains(where: { Placeholder.reserved.contains($0.value) })
        else {
            return html
        }
        var out = ""
        out.reserveCapacity(html.utf8.count + 256)
        var rest = html[...]
        // Scalars, not characters: the markers are single scalars, and breaking the page into
        // grapheme clusters cost more than filling it.
        let (linkOpen, termOpen, escape) = (Placeholder.Scalar.linkOpen, Placeholder.Scalar.termOpen, Placeholder.Scalar.escape)
        let markers: Set<Unicode.Scalar> = [linkOpen, termOpen, escape]
        // Found over the bytes: a quote, or the first byte (0xEE) the private-use markers share.
        func next(in text: Substring) -> Substring.Index? {
            var from = text.utf8.startIndex
            while let found = text.utf8[from...].firstIndex(where: { $0 == 0x22 || $0 == 0xEE }) {
                if text.utf8[found] == 0x22 || markers.contains(text.unicodeScalars[found]) { return found }
                from = text.utf8.index(after: found)
            }
            return nil
        }
        while let index = next(in: rest) {
            out += rest[..<index]
            let c = rest.unicodeScalars[index]
            rest = rest[rest.unicodeScalars.index(after: index)...]
            if c == escape {
                // A private-use character the writer typed: shown as itself, never as a placeholder.
                if let digit = rest.first, let n = digit.wholeNumberValue {
                    out += "&#x\(String(Placeholder.reserved.lowerBound + UInt32(n), radix: 16, uppercase: true));"
                    rest = rest.dropFirst()
                }
            } else if c == "\"" {
                out += "\""
                // The bytes first: most quotes open an attribute that is no placeholder.
                if rest.utf8.starts(with: Placeholder.linkScheme.utf8), rest.hasPrefix(Placeholder.linkScheme) {
                    let digits = rest.dropFirst(Placeholder.linkScheme.count).prefix(while: \.isNumber)
                    rest = rest.dropFirst(Placeholder.linkScheme.count + digits.count)
                    let n = Int(digits) ?? -1
                    if n >= 0, n < resolved.count, let target = resolved[n] {
                        out += HTML.escape(root + target.sitePath)
                    }
                } else if rest.utf8.starts(with: Placeholder.rootScheme.utf8), rest.hasPrefix(Placeholder.rootScheme) {
                    rest = rest.dropFirst(Placeholder.rootScheme.count)
                    out += HTML.escape(root)
                }
            } else {
                let close = c == linkOpen ? Placeholder.Scalar.linkClose : Placeholder.Scalar.termClose
                guard let end = rest.unicodeScalars.firstIndex(of: close) else { continue }
                let n = Int(rest[..<end]) ?? -1
                rest = rest[rest.unicodeScalars.index(after: end)...]
                if c == linkOpen {
                    if n >= 0, n < links.count {
                        let target = n < resolved.count ? resolved[n] : nil
                        // A document outside the site names no other child.
                        let hidden = forDocument && target?.target.kind == .plan ? "a related plan" : nil
                        out += HTML.escape(graph.text(of: links[n], to: target, titled: hidden))
                    }
                } else if n >= 0, n < document.terms.count, let term = glossary[document.terms[n]] {
                    if forDocument {
                        out += HTML.escape(n < document.termTexts.count ? document.termTexts[n] : term.term)
                        continue
                    }
                    let written = n < document.termTexts.count ? document.termTexts[n] : term.term
                    out +=
                        "<abbr title=\"\(HTML.escape(term.meaning))\"><a class=\"term\" href=\"\(HTML.escape(root))glossary.html#\(term.anchor)\">\(HTML.escape(written))</a></abbr>"
                }
            }
        }
        out += rest
        return out
    }
}
