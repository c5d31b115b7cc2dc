import Foundation

/// Decides whether a file under `media/` may be published. A media file is opened with the
/// intranet site's origin, so a file that a browser would run (HTML, XML, JavaScript and
/// their kin) would run with access to every plan: such files are an error naming the file,
/// and an SVG, which is an image but may carry script, is read and refused, at the line, when
/// it holds script, event handlers, `javascript:` URLs, `<foreignObject>` or references to
/// other hosts. Refused files are never copied into the site.
struct MediaChecker {
    /// Extensions a browser renders as a document or runs (lower case, without the dot).
    static let activeExtensions: Set<String> = [
        "html", "htm", "shtml", "xhtml", "xht", "xml", "xsl", "xslt", "mht", "mhtml", "hta",
        "js", "mjs", "cjs", "wasm", "swf", "svgz", "php", "asp", "aspx", "jsp", "cgi",
    ]

    /// What a safe SVG never holds, with the reason given for it (matched case-insensitively).
    static let svgPatterns: [(pattern: String, reason: String)] = [
        (#"<\s*script\b"#, "a <script> element"),
        (#"\son[a-z]+\s*="#, "an event-handler attribute (such as onload=)"),
        (#"javascript\s*:"#, "a javascript: URL"),
        (#"<\s*foreignObject\b"#, "a <foreignObject> element"),
        (#"(href|src)\s*=\s*["']\s*(https?:)?//"#, "a reference to another host"),
        (#"url\(\s*["']?\s*(https?:)?//"#, "a reference to another host"),
        (#"@import\b"#, "a style sheet import"),
        (#"<!ENTITY\b"#, "an XML entity declaration"),
    ]

    private static let expressions: [(NSRegularExpression, String)] = svgPatterns.compactMap { entry in
        (try? NSRegularExpression(pattern: entry.pattern, options: [.caseInsensitive])).map { ($0, entry.reason) }
    }

    /// The problem with the media file at `rel` (read from `absolute` when it is an SVG), if any.
    static func problem(rel: String, absolute: String) -> Diagnostic? {
        let ext = (rel as NSString).pathExtension.lowercased()
        if activeExtensions.contains(ext) {
            return .error(
                "'.\(ext)' files are not published from media/: a browser would run them with the site's access to every plan",
                at: SourceLocation(file: rel),
                hint: "save it as PDF or an image instead, or keep it outside the content folder")
        }
        guard ext == "svg" else { return nil }
        guard let data = FileManager.default.contents(atPath: absolute), let text = String(data: data, encoding: .utf8) else {
            return .error(
                "the SVG image cannot be read as UTF-8 text", at: SourceLocation(file: rel),
                hint: "export it again as a plain SVG, or as PNG")
        }
        return svgProblem(text, rel: rel)
    }

    /// The first unsafe thing in an SVG's text, at its line and column.
    static func svgProblem(_ text: String, rel: String) -> Diagnostic? {
        let range = NSRange(text.startIndex..., in: text)
        var first: (offset: Int, reason: String)?
        for (expression, reason) in expressions {
            guard let match = expression.firstMatch(in: text, range: range) else { continue }
            if first == nil || match.range.location < first!.offset { first = (match.range.location, reason) }
        }
        guard let first, let index = Range(NSRange(location: first.offset, length: 0), in: text)?.lowerBound else { return nil }
        let before = text[..<index]
        let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let column =
            before.distance(
                from: before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex,
                to: before.endIndex) + 1
        return .error(
            "the SVG image holds \(first.reason), which could run with the site's access to every plan",
            at: SourceLocation(file: rel, line: line, column: column),
            hint: "remove it (images need no script or links to other hosts), or export the image as PNG")
    }
}
