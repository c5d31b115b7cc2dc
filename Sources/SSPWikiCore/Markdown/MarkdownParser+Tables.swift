import Foundation

extension MarkdownParser {
    /// Every table of a body in a scroll box that the keyboard can reach and a screen reader
    /// names ("Table: " and its column headings), so that a wide table scrolls inside its box
    /// on a phone instead of widening the page. cmark-gfm writes tables bare. `names` counts the
    /// names given so far in the document, so that two tables with the same headings differ.
    static func wrappingTables(_ html: String, names used: inout [String: Int]) -> String {
        guard html.containsBytes("<table>") else { return html }
        var out = ""
        var rest = Substring(html)
        while let start = rest.firstRange(ofBytes: "<table>"),
            let end = rest.firstRange(ofBytes: "</table>", from: start.upperBound)
        {
            out += rest[..<start.lowerBound]
            let table = rest[start.lowerBound..<end.upperBound]
            var label = "Table: " + columnHeadings(table)
            used[label, default: 0] += 1
            if let count = used[label], count > 1 { label += " (\(count))" }
            out += "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"\(label)\">\n" + table + "\n</div>"
            rest = rest[end.upperBound...]
        }
        return out + rest
    }

    /// The text of the first row's cells, joined by commas: already escaped by cmark, with tags
    /// dropped; "columns" when a heading holds a link or glossary placeholder (its text is not
    /// final until the page is filled in) or the row has no text.
    private static func columnHeadings(_ table: Substring) -> String {
        guard let rowEnd = table.firstRange(ofBytes: "</tr>") else { return "columns" }
        var cells: [String] = []
        for cell in table[..<rowEnd.lowerBound].components(separatedBy: "<th").dropFirst() {
            guard let open = cell.firstIndex(of: ">") else { continue }
            var text = ""
            var inTag = false
            for character in cell[cell.index(after: open)...] {
                if character == "<" {
                    inTag = true
                } else if character == ">" {
                    inTag = false
                } else if !inTag {
                    text.append(character)
                }
            }
            cells.append(text.trimmingWhitespaceAndNewlines())
        }
        let joined = cells.filter { !$0.isEmpty }.joined(separator: ", ")
        let forged = joined.unicodeScalars.contains { Placeholder.reserved.contains($0.value) }
        return joined.isEmpty || forged ? "columns" : joined
    }
}
