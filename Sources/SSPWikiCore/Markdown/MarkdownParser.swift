import CCmarkGFM
import Foundation

/// Parses Markdown with cmark-gfm (tables, strikethrough, autolinks, task lists, tag filter)
/// into a `MarkdownDocument`. This is the only file that talks to cmark-gfm's C API.
///
/// Raw HTML is never passed through (cmark's safe mode replaces it with a comment), and link
/// and image URLs are limited to relative paths, `http(s):` and `mailto:`.
package struct MarkdownParser: Sendable {
    /// Glossary terms to mark at their first use.
    package var glossaryTerms: Set<String> {
        didSet { matcher = GlossaryMatcher(terms: glossaryTerms) }
    }
    private var matcher: GlossaryMatcher

    package init(glossaryTerms: Set<String> = []) {
        self.glossaryTerms = glossaryTerms
        matcher = GlossaryMatcher(terms: glossaryTerms)
    }

    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    private static let parseLock = NSLock()

    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Parses `text`, whose first line is line `firstLine` of `file`. Heading ids never take
    /// one of `reservedAnchors` (ids the page template already uses).
    package func parse(_ text: String, file: String, firstLine: Int, reservedAnchors: Set<String> = []) -> MarkdownDocument {
        _ = MarkdownParser.registered
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_GITHUB_PRE_LANG
        guard let parser = cmark_parser_new(options) else { return MarkdownDocument() }
        defer { cmark_parser_free(parser) }
        // cmark-gfm keeps the extensions' special characters in one global table that
        // attaching adds to and finishing removes from, so parsing on several threads at once
        // loses autolinks and tables at random. Parse one document at a time; rendering the
        // finished trees stays parallel.
        MarkdownParser.parseLock.lock()
        for name in MarkdownParser.extensionNames {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        text.withCString { cmark_parser_feed(parser, $0, strlen($0)) }
        let finished = cmark_parser_finish(parser)
        MarkdownParser.parseLock.unlock()
        guard let root = finished else { return MarkdownDocument() }
        defer { cmark_node_free(root) }
        cmark_consolidate_text_nodes(root)

        var walker = Walker(
            file: file, firstLine: firstLine, lines: text.lineSlices,
            terms: matcher)
        walker.collect(root)
        walker.rewriteLinks()
        walker.markTerms()
        let extensions = cmark_parser_get_syntax_extensions(parser)
        return walker.document(root: root, options: options, reserved: reservedAnchors, extensions: extensions)
    }
}

private struct Walker {
    let file: String
    let firstLine: Int
    let lines: [Substring]
    let terms: GlossaryMatcher
    var out = MarkdownDocument()
    var textNodes: [OpaquePointer] = []
    var plain: [String] = []

    init(file: String, firstLine: Int, lines: [Substring], terms: GlossaryMatcher) {
        self.file = file
        self.firstLine = firstLine
        self.lines = lines
        self.terms = terms
    }

    mutating func collect(_ root: OpaquePointer) {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_TEXT {
                textNodes.append(node)
                plain.append(literal(node))
                keepReservedAsText(node)
            } else if type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK {
                plain.append(literal(node))
                keepReservedAsText(node)
            } else if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                sanitiseURL(node, image: type == CMARK_NODE_IMAGE)
                if let title = cmark_node_get_title(node).map({ String(cString: $0) }), let escaped = Placeholder.escaped(title) {
                    cmark_node_set_title(node, escaped)
                }
            } else if type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING || type == CMARK_NODE_ITEM {
                plain.append("\n")
            }
        }
        out.plainText = plain.joined(separator: " ")
    }

    /// Private-use characters typed in the content are escaped so they stay text (see `Placeholder`).
    func keepReservedAsText(_ node: OpaquePointer) {
        if let escaped = Placeholder.escaped(literal(node)) { cmark_node_set_literal(node, escaped) }
    }

    func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// cmark-gfm keeps a node's class in the top bits of its type (`CMARK_NODE_TYPE_MASK`, whose
    /// macro Swift does not import); a block's class is `CMARK_NODE_TYPE_BLOCK`.
    static let nodeClassMask: UInt32 = 0xc000
    static let blockClass: UInt32 = 0x8000

    /// File line of the block holding `node`.
    func blockLine(_ node: OpaquePointer) -> Int {
        var current: OpaquePointer? = node
        while let c = current {
            let line = Int(cmark_node_get_start_line(c))
            if line > 0 && cmark_node_get_type(c).rawValue & Self.nodeClassMask == Self.blockClass { return line }
            current = cmark_node_parent(c)
        }
        return 1
    }

    mutating func sanitiseURL(_ node: OpaquePointer, image: Bool) {
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        let lower = url.lowercased().trimmingWhitespace()
        if lower.hasPrefix("#") || lower.hasPrefix("mailto:") && !image { return }
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            // A page must never load anything from another host; links to other hosts are fine.
            if image {
                neutralise(
                    node, url, "an image from another host is not shown: the site never loads anything from elsewhere",
                    hint: "save the image under media/ and use its path there")
            }
            return
        }
        if let colon = lower.firstIndex(of: ":"), !lower[..<colon].contains("/") {
            // javascript:, data:, vbscript:, file: and any other scheme
            neutralise(
                node, url, "the address '\(url.prefix(40))' is not allowed in a \(image ? "picture" : "link") and is removed",
                hint: "link to a page with [[id]], to a file under media/, or to an http(s) or mailto: address")
            return
        }
        if url.hasPrefix("/") || url.contains("..") || url.contains("\\") {
            neutralise(
                node, url, "the address '\(url.prefix(40))' leads outside the site and is removed",
                hint: "write the path from the content folder without a leading /, .. or \\, such as media/report.pdf")
            return
        }
        let path = url.split(separator: "#").first.map(String.init) ?? url
        let line = firstLine + blockLine(node) - 1
        out.localReferences.append(
            LocalReference(
                path: path.removingPercentEncoding ?? path,
                location: SourceLocation(file: file, line: line, column: 1)))
        cmark_node_set_url(node, Placeholder.rootScheme + url)
    }

    /// Removes the address of a link or image, with a warning at the address as written.
    mutating func neutralise(_ node: OpaquePointer, _ url: String, _ message: String, hint: String) {
        cmark_node_set_url(node, "")
        out.warnings.append(.warning(message, at: locate(url, from: blockLine(node)), hint: hint))
    }

    /// Replaces `[[…]]` in text with link nodes whose URL and label are placeholders.
    mutating func rewriteLinks() {
        var remaining = textNodes
        textNodes = []
        while let node = remaining.first {
            remaining.removeFirst()
            let text = literal(node)
            guard let open = text.firstRange(ofBytes: "[["), let close = text.firstRange(ofBytes: "]]", from: open.upperBound)
            else {
                textNodes.append(node)
                continue
            }
            let inner = String(text[open.upperBound..<close.lowerBound])
            if inner.isEmpty || inner.utf8.contains(UInt8(ascii: "[")) || inner.utf8.contains(UInt8(ascii: "\n"))
                || insideLink(node)
            {
                textNodes.append(node)
                continue
            }
            let index = out.links.count
            out.links.append(WikiLink(raw: inner, location: locate("[[" + inner + "]]", from: blockLine(node))))
            let before = String(text[..<open.lowerBound])
            let after = String(text[close.upperBound...])
            cmark_node_set_literal(node, before)
            textNodes.append(node)
            let link = cmark_node_new(CMARK_NODE_LINK)!
            cmark_node_set_url(link, Placeholder.linkScheme + String(index))
            let label = cmark_node_new(CMARK_NODE_TEXT)!
            let written = out.links[index].label
            cmark_node_set_literal(label, written ?? "\(Placeholder.linkOpen)\(index)\(Placeholder.linkClose)")
            cmark_node_append_child(link, label)
            cmark_node_insert_after(node, link)
            if !after.isEmpty {
                let rest = cmark_node_new(CMARK_NODE_TEXT)!
                cmark_node_set_literal(rest, after)
                cmark_node_insert_after(link, rest)
                remaining.insert(rest, at: 0)
            }
        }
    }

    func insideLink(_ node: OpaquePointer) -> Bool {
        var current = cmark_node_parent(node)
        while let c = current {
            let type = cmark_node_get_type(c)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE || type == CMARK_NODE_HEADING { return true }
            current = cmark_node_parent(c)
        }
        return false
    }

    /// The exact line and column of `needle`, searching from the block's first line.
    func locate(_ needle: String, from blockLine: Int) -> SourceLocation {
        var index = max(0, blockLine - 1)
        while index < lines.count {
            if let range = lines[index].firstRange(ofBytes: needle) {
                let column = lines[index].distance(from: lines[index].startIndex, to: range.lowerBound) + 1
                return SourceLocation(file: file, line: firstLine + index, column: column)
            }
            index += 1
        }
        return SourceLocation(file: file, line: firstLine + max(0, blockLine - 1), column: 1)
    }

    /// Wraps the first use of each glossary term (one word or several) in a placeholder.
    mutating func markTerms() {
        guard !terms.isEmpty else { return }
        var seen = Set<String>()
        for node in textNodes where !insideLink(node) {
            let tokens = WordScanner.tokens(in: literal(node))
            let first = terms.matches(in: tokens).filter { seen.insert($0.term).inserted }
            guard !first.isEmpty else { continue }
            var result = ""
            var next = 0
            for match in first {
                result += tokens[next..<match.tokens.lowerBound].map(\.text).joined()
                result += "\(Placeholder.termOpen)\(out.terms.count)\(Placeholder.termClose)"
                out.terms.append(match.term)
                out.termTexts.append(match.text)
                next = match.tokens.upperBound
            }
            result += tokens[next...].map(\.text).joined()
            cmark_node_set_literal(node, result)
        }
    }

    mutating func document(
        root: OpaquePointer, options: Int32, reserved: Set<String>,
        extensions: UnsafeMutablePointer<cmark_llist>?
    ) -> MarkdownDocument {
        var slugs = SlugSet(reserved: reserved)
        var tableNames: [String: Int] = [:]
        var current = MarkdownDocument.Section(title: nil, level: 0, anchor: nil, html: "", line: firstLine)
        var child = cmark_node_first_child(root)
        while let node = child {
            child = cmark_node_next(node)
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HEADING && cmark_node_get_heading_level(node) <= 2 {
                if current.title != nil || !current.html.isEmpty { out.sections.append(current) }
                let title = headingText(node)
                let anchor = slugs.unique(for: title)
                out.headings.append(.init(level: Int(cmark_node_get_heading_level(node)), text: title, anchor: anchor))
                current = .init(
                    title: title, level: Int(cmark_node_get_heading_level(node)), anchor: anchor, html: "",
                    line: firstLine + Int(cmark_node_get_start_line(node)) - 1)
                continue
            }
            var html = render(node, options: options, extensions: extensions)
            html = addHeadingIDs(html, inside: node, slugs: &slugs)
            html = MarkdownParser.wrappingTables(html, names: &tableNames)
            current.html += html
        }
        if current.title != nil || !current.html.isEmpty { out.sections.append(current) }
        return out
    }

    func render(_ node: OpaquePointer, options: Int32, extensions: UnsafeMutablePointer<cmark_llist>?) -> String {
        guard let cString = cmark_render_html(node, options, extensions) else { return "" }
        defer { free(cString) }
        return Self.labellingTaskBoxes(String(cString: cString))
    }

    /// A task list's checkboxes with a label a screen reader reads ("Done" / "Not done"):
    /// cmark-gfm writes them bare.
    static func labellingTaskBoxes(_ html: String) -> String {
        guard html.containsBytes("<input type=\"checkbox\"") else { return html }
        return
            html
            .replacingOccurrences(
                of: "<input type=\"checkbox\" checked=\"\" disabled=\"\" />",
                with: "<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" />"
            )
            .replacingOccurrences(
                of: "<input type=\"checkbox\" disabled=\"\" />",
                with: "<input type=\"checkbox\" disabled=\"\" aria-label=\"Not done\" />")
    }

    func headingText(_ node: OpaquePointer) -> String {
        var parts: [String] = []
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let n = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(n)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE { parts.append(literal(n)) }
        }
        return Placeholder.unescaped(parts.joined()).trimmingWhitespace()
    }

    /// Gives every deeper heading inside `node` a stable id, in document order.
    mutating func addHeadingIDs(_ html: String, inside node: OpaquePointer, slugs: inout SlugSet) -> String {
        var anchors: [String] = []
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let n = cmark_iter_get_node(iterator),
                cmark_node_get_type(n) == CMARK_NODE_HEADING
            else { continue }
            let title = headingText(n)
            let anchor = slugs.unique(for: title)
            anchors.append(anchor)
            out.headings.append(.init(level: Int(cmark_node_get_heading_level(n)), text: title, anchor: anchor))
        }
        guard !anchors.isEmpty else { return html }
        return HeadingIDs.insert(anchors, into: html)
    }
}
