import Foundation
import Testing

@testable import SSPWikiCore

/// Builds the minimal content with a page `pages/test.md` holding `body`, and returns the HTML
/// the page's body became (the inside of its `<div class="prose">`).
func renderedBody(
    _ body: String, change: (inout [String: String]) -> Void = { _ in },
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> String {
    let (fixture, _) = builtSite(
        { files in
            files["pages/test.md"] = MinimalContent.page(title: "Test page", body: body)
            change(&files)
        }, sourceLocation: sourceLocation)
    guard let html = fixture.siteText("pages/test.html") else {
        Issue.record("pages/test.html was not written", sourceLocation: sourceLocation)
        return ""
    }
    return prose(html)
}

/// The inside of the first `<div class="prose">` of a page. A page without one is a test
/// failure, so a test that only says what the prose must not hold cannot pass on a blank page.
func prose(_ html: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
    guard let start = html.range(of: "<div class=\"prose\">"),
        let end = html.range(of: "</div>\n", range: start.upperBound..<html.endIndex)
    else {
        Issue.record("the page has no <div class=\"prose\">", sourceLocation: sourceLocation)
        return ""
    }
    return String(html[start.upperBound..<end.lowerBound])
}

/// The `<section>` of a page that holds `marker` (for example `id="level-3"`); a test failure
/// when there is none.
func section(_ html: String, _ marker: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
    element("section", holding: marker, in: html, sourceLocation: sourceLocation)
}

/// The part of `html` from `marker` (in an element's opening tag) to the next `</section>`;
/// a test failure when `marker` is not there.
func sectionPart(_ html: String, _ marker: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
    guard let start = html.range(of: marker) else {
        Issue.record("the page has no \(marker)", sourceLocation: sourceLocation)
        return ""
    }
    let rest = html[start.lowerBound...]
    return String(rest[..<(rest.range(of: "</section>")?.upperBound ?? rest.endIndex)])
}

/// The table row of a page that holds `marker`; a test failure when there is none.
func row(_ html: String, _ marker: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
    element("tr", holding: marker, in: html, sourceLocation: sourceLocation)
}

/// The innermost `<name …>…</name>` around the first occurrence of `marker` (elements of the
/// same name nested inside it are not expected); a test failure when there is none.
func element(
    _ name: String, holding marker: String, in html: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> String {
    guard let tag = html.range(of: marker),
        let open = html.range(of: "<\(name)", options: .backwards, range: html.startIndex..<tag.upperBound),
        let close = html.range(of: "</\(name)>", range: tag.upperBound..<html.endIndex)
    else {
        Issue.record("the page has no <\(name)> holding \(marker)", sourceLocation: sourceLocation)
        return ""
    }
    return String(html[open.lowerBound..<close.upperBound])
}

/// A script the site ships itself: `src` is a relative path to a `.js` file under `assets/`.
func isOwnScript(_ attributes: String) -> Bool {
    guard let src = matches(of: #"\ssrc="([^"]*)""#, in: attributes).first else { return false }
    return !src.contains(":") && !src.hasPrefix("/") && src.hasSuffix(".js")
        && src.replacingOccurrences(of: "../", with: "").hasPrefix("assets/")
}

/// The text of the `<dd>` after `<dt>term</dt>`, with tags removed but entities kept as written.
func fact(_ html: String, _ term: String) -> String? {
    guard let dt = html.range(of: "<dt>\(term)</dt>"),
        let open = html.range(of: "<dd>", range: dt.upperBound..<html.endIndex),
        let close = html.range(of: "</dd>", range: open.upperBound..<html.endIndex)
    else { return nil }
    return stripTags(String(html[open.upperBound..<close.lowerBound]))
}

/// Markup with its tags removed (entities are left as they are).
func stripTags(_ html: String) -> String {
    html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        .trimmingCharacters(in: .whitespacesAndNewlines)
}

/// Every value of `id="…"` in the HTML, in order.
func ids(in html: String) -> [String] {
    matches(of: #"\sid="([^"]*)""#, in: html)
}

/// The first capture group of every match of `pattern`.
func matches(of pattern: String, in text: String) -> [String] {
    guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return [] }
    let ns = text as NSString
    return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map {
        $0.numberOfRanges > 1 ? ns.substring(with: $0.range(at: 1)) : ns.substring(with: $0.range)
    }
}

/// What in an HTML page could run script or load from elsewhere: script-like elements,
/// event-handler attributes, and `javascript:`, `vbscript:` or `data:` URLs in attributes.
/// Tags and attributes are read the way a browser reads them, so escaped text never counts.
func unsafeMarkup(in html: String) -> [String] {
    let tagPattern = #"<([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*/?>"#
    let attributePattern = #"([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?"#
    let dangerousElements: Set<String> = [
        "script", "iframe", "frame", "object", "embed", "base", "math", "style", "foreignobject",
    ]
    let urlAttributes: Set<String> = [
        "href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "background", "data", "content",
    ]
    guard let tags = try? NSRegularExpression(pattern: tagPattern),
        let attributes = try? NSRegularExpression(pattern: attributePattern)
    else { return ["bad pattern"] }
    let ns = html as NSString
    var problems: [String] = []
    for tag in tags.matches(in: html, range: NSRange(location: 0, length: ns.length)) {
        let whole = ns.substring(with: tag.range)
        let name = ns.substring(with: tag.range(at: 1)).lowercased()
        let attributeText = ns.substring(with: tag.range(at: 2))
        let at = attributeText as NSString
        if dangerousElements.contains(name) && !(name == "script" && isOwnScript(attributeText)) { problems.append(whole) }
        for attribute in attributes.matches(in: attributeText, range: NSRange(location: 0, length: at.length)) {
            let key = at.substring(with: attribute.range(at: 1)).lowercased()
            var value = ""
            for group in 2...4 where attribute.range(at: group).location != NSNotFound {
                value = at.substring(with: attribute.range(at: group))
            }
            if key.hasPrefix("on") { problems.append(whole) }
            let url = value.replacingOccurrences(of: "&#58;", with: ":").replacingOccurrences(of: "&colon;", with: ":")
                .trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            if urlAttributes.contains(key),
                ["javascript:", "vbscript:", "data:"].contains(where: { url.hasPrefix($0) })
                    && !(name == "meta" && key == "content")
            {
                problems.append(whole)
            }
        }
    }
    return problems
}
