/// The diff as HTML: changed lines with one line of context, `<ins>` and `<del>` around the
/// words that changed, every character escaped.
extension WordDiff {
    /// Lines around a change that are shown too.
    static let context = 1

    var html: String {
        let keep = Set(lines.indices.filter { lines[$0].changed }.flatMap { ($0 - Self.context)...($0 + Self.context) })
        var out = "<div class=\"word-diff\">\n"
        var skipped = false
        var wrote = false
        for (index, line) in lines.enumerated() {
            guard keep.contains(index) else {
                skipped = true
                continue
            }
            if line.runs.allSatisfy({ $0.text.allSatisfy(\.isWhitespace) }) && !line.changed { continue }
            if skipped && wrote { out += "<p class=\"diff-gap\">…</p>\n" }
            skipped = false
            wrote = true
            out += "<p class=\"diff-line\">"
            for run in line.runs {
                let text = HTML.escape(run.text)
                switch run.op {
                case .equal: out += text
                case .insert: out += "<ins>\(text)</ins>"
                case .delete: out += "<del>\(text)</del>"
                }
            }
            out += "</p>\n"
        }
        return out + "</div>\n"
    }
}
