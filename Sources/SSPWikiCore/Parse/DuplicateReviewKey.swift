/// The content format's plan example writes `review:` twice at the top level: once as the
/// next review date and once as the review-of-impact block. YAML forbids repeated keys, so
/// before parsing, the block form is renamed to `review_record:` (line numbers unchanged).
enum DuplicateReviewKey {
    static func rewrite(_ yaml: String) -> String {
        guard yaml.contains("review:") else { return yaml }
        var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let tops = lines.indices.filter { lines[$0].hasPrefix("review:") }
        guard tops.count == 2 else { return yaml }
        for index in tops {
            let value = lines[index].dropFirst("review:".count).trimmingWhitespace()
            if value.isEmpty || value.hasPrefix("#") || value.hasPrefix("{") {
                lines[index] = "review_record:" + lines[index].dropFirst("review:".count)
                return lines.joined(separator: "\n")
            }
        }
        return yaml
    }
}
