/// Adds `id` attributes to the headings of rendered HTML, in document order.
///
/// Safe because raw HTML never passes through the Markdown renderer: every `<hN>` in its
/// output is a real heading.
enum HeadingIDs {
    static func insert(_ anchors: [String], into html: String) -> String {
        var result = ""
        result.reserveCapacity(html.utf8.count + anchors.count * 16)
        var remaining = html[...]
        var next = anchors.makeIterator()
        while let open = remaining.firstRange(ofBytes: "<h") {
            let after = remaining[open.upperBound...]
            guard let digit = after.first, ("1"..."6").contains(digit),
                after.dropFirst().first == ">"
            else {
                result += remaining[..<open.upperBound]
                remaining = after
                continue
            }
            result += remaining[..<open.lowerBound]
            if let anchor = next.next() {
                result += "<h\(digit) id=\"\(anchor)\">"
            } else {
                result += "<h\(digit)>"
            }
            remaining = after.dropFirst(2)
        }
        result += remaining
        return result
    }
}
