/// A few helpers for writing inline SVG markup: every text and attribute value is escaped,
/// and colours come from classes in the theme's stylesheet (the pages' CSP allows no
/// inline style).
enum SVG {
    /// `<tag a="v" …>` with escaped values, self-closed when there is no content.
    static func element(_ tag: String, _ attributes: KeyValuePairs<String, String>, content: String? = nil) -> String {
        let attrs = attributes.map { " \($0.key)=\"\(HTML.escape($0.value))\"" }.joined()
        guard let content else { return "<\(tag)\(attrs)/>" }
        return "<\(tag)\(attrs)>\(content)</\(tag)>"
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, cls: String) -> String {
        element("rect", ["x": number(x), "y": number(y), "width": number(max(0, width)), "height": number(height), "class": cls])
    }

    static func text(_ value: String, x: Double, y: Double, cls: String, anchor: String = "start") -> String {
        element("text", ["x": number(x), "y": number(y), "class": cls, "text-anchor": anchor], content: HTML.escape(value))
    }

    /// The outer `<svg>`, labelled by its title and description for screen readers.
    static func document(id: String, width: Double, height: Double, title: String, description: String, body: String) -> String {
        let titleID = id + "-title"
        let descID = id + "-desc"
        let inner =
            element("title", ["id": titleID], content: HTML.escape(title))
            + element("desc", ["id": descID], content: HTML.escape(description)) + body
        return element(
            "svg",
            [
                "xmlns": "http://www.w3.org/2000/svg", "class": "chart", "id": id,
                "viewBox": "0 0 \(number(width)) \(number(height))", "role": "img",
                "aria-labelledby": "\(titleID) \(descID)", "focusable": "false",
            ], content: inner)
    }

    /// Numbers without needless decimals: 12, 12.5.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
