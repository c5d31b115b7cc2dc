import Foundation

/// A plan file with the given front matter lines after the required fields.
func planText(
    name: String = "Amelia Khan", review: String = "2026-12-04", number: Int = 1,
    extra: String = "", body: String = "## About me\n\nI like drawing.\n"
) -> String {
    "---\nname: \(name)\nstage: sen-support\nplan_number: \(number)\nstart: 2026-09-07\nreview: \(review)\n\(extra)---\n\(body)"
}
