import Foundation

/// Keeps headings in order on pages whose body starts below level 2 (for example a body that
/// uses only `###`), so that no heading level is skipped after the page's `<h1>`.
enum HeadingLevels {
    /// How many levels to lift the body's headings by.
    static func shift(for document: MarkdownDocument) -> Int {
        guard let lowest = document.headings.map(\.level).min(), lowest > 2 else { return 0 }
        return lowest - 2
    }

    /// Lifts every heading in `html` by `shift` levels.
    static func promote(_ html: String, by shift: Int) -> String {
        guard shift > 0 else { return html }
        var out = html
        for level in 3...6 where level - shift >= 2 {
            out = out.replacingOccurrences(of: "<h\(level)", with: "<h\(level - shift)")
                .replacingOccurrences(of: "</h\(level)>", with: "</h\(level - shift)>")
        }
        return out
    }
}
