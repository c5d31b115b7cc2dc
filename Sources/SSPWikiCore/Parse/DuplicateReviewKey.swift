/// The content format's plan example writes `review:` twice at the top level: once as the
/// next review date and once as the review-of-impact block. YAML forbids repeated keys, so
/// before parsing, the block form is renamed to `review_record:` (line numbers unchanged).
enum DuplicateReviewKey {
    static func rewrite(_ yaml: String) -> String {
        guard topLevelReviews(in: yaml) == 2 else { return yaml }
        for line in yaml.lineSlices where line.hasPrefix("review:") {
            let rest = line.dropFirst("review:".count)
            let value = rest.trimmingWhitespace()
            if value.isEmpty || value.hasPrefix("#") || value.hasPrefix("{") {
                return String(yaml[..<line.startIndex]) + "review_record:" + rest + yaml[line.endIndex...]
            }
        }
        return yaml
    }

    /// How many lines start with `review:`, counted in the bytes: nearly every plan has one,
    /// and splitting each plan into lines to find out was a noticeable share of parsing.
    static func topLevelReviews(in yaml: String) -> Int {
        let key = Array("review:".utf8)
        var count = 0
        var atLineStart = true
        var matched = 0
        for byte in yaml.utf8 {
            if atLineStart || matched > 0 {
                if byte == key[matched] {
                    matched += 1
                    if matched == key.count {
                        count += 1
                        matched = 0
                    }
                } else {
                    matched = 0
                }
            }
            atLineStart = byte == UInt8(ascii: "\n")
        }
        return count
    }
}
