/// Edits the YAML front matter of a Markdown file line by line, so that everything it is not
/// asked to change (comments, key order, unknown keys, spacing, the body) stays byte for byte.
///
/// It understands the block style the content format uses: top-level `key: value` lines,
/// nested mappings and `- ` lists. `PlanReviewer` re-reads its result with the real parser
/// before anything is written.
struct FrontMatterEditor {
    /// Everything before the first YAML line (the opening `---` line).
    let head: String
    /// The YAML lines, without line ends.
    var lines: [String]
    /// The closing `---` line and the body, exactly as read.
    let tail: String
    /// The line end the file uses.
    let newline: String

    /// A key and the lines it spans: its own line and the more-indented lines below it.
    struct Entry {
        let key: String
        /// The line of the key.
        let line: Int
        /// Column (0-based) where the key starts.
        let column: Int
        /// One past the last line of the value (trailing blank and comment lines excluded).
        let end: Int
    }

    /// Splits `text`; nil when it has no front matter between `---` lines.
    init?(text: String) {
        let newline = text.contains("\r\n") ? "\r\n" : "\n"
        let raw = text.components(separatedBy: newline)
        guard let first = raw.first,
            first.replacingOccurrences(of: "\u{FEFF}", with: "").trimmingCharacters(in: .whitespaces) == "---",
            let close = raw.indices.dropFirst().first(where: {
                ["---", "..."].contains(raw[$0].trimmingCharacters(in: .whitespaces))
            })
        else { return nil }
        self.newline = newline
        head = first + newline
        lines = Array(raw[1..<close])
        tail = raw[close...].joined(separator: newline)
    }

    /// The whole file with the edits made.
    var text: String { head + lines.map { $0 + newline }.joined() + tail }

    static func indent(_ line: String) -> Int { line.prefix(while: { $0 == " " }).count }

    static func isBlankOrComment(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || trimmed.hasPrefix("#")
    }

    /// The key a line holds at `column` (after any `- `), if it is a `key:` line.
    static func key(of line: String, at column: Int) -> String? {
        guard line.count > column else { return nil }
        let rest = line.dropFirst(column)
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        let key = rest[..<colon]
        let after = rest[rest.index(after: colon)...]
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }),
            after.isEmpty || after.first == " "
        else { return nil }
        return String(key)
    }

    /// One past the last line belonging to a value that starts on `line` and whose children are
    /// indented more than `column` (list items may sit at `column` when `allowsDash`).
    func valueEnd(from line: Int, column: Int, limit: Int, allowsDash: Bool) -> Int {
        var end = line + 1
        var index = line + 1
        while index < limit {
            let text = lines[index]
            if Self.isBlankOrComment(text) {
                index += 1
                continue
            }
            let indent = Self.indent(text)
            let isDash = text.dropFirst(indent).hasPrefix("-")
            guard indent > column || (allowsDash && indent == column && isDash) else { break }
            index += 1
            end = index
        }
        return end
    }

    /// Top-level keys in order (`review` may appear twice, as the content format's example has it).
    func topLevel() -> [Entry] {
        mapping(in: 0..<lines.count, column: 0)
    }

    /// The keys of a mapping whose keys sit at `column`, within `range`.
    func mapping(in range: Range<Int>, column: Int) -> [Entry] {
        var entries: [Entry] = []
        for index in range where Self.indent(lines[index]) == column && !Self.isBlankOrComment(lines[index]) {
            guard let key = Self.key(of: lines[index], at: column) else { continue }
            entries.append(
                Entry(
                    key: key, line: index, column: column,
                    end: valueEnd(from: index, column: column, limit: range.upperBound, allowsDash: true)))
        }
        return entries
    }

    /// The first top-level entry called `key`.
    func entry(_ key: String) -> Entry? { topLevel().first { $0.key == key } }

    /// The items of a block list that is the value of `entry`: each item's line range, and the
    /// column its keys start at (after `- `).
    func items(of entry: Entry) -> [(range: Range<Int>, column: Int)] {
        let children = (entry.line + 1)..<entry.end
        guard let first = children.first(where: { !Self.isBlankOrComment(lines[$0]) }),
            lines[first].dropFirst(Self.indent(lines[first])).hasPrefix("-")
        else { return [] }
        let dashColumn = Self.indent(lines[first])
        let starts = children.filter {
            Self.indent(lines[$0]) == dashColumn && lines[$0].dropFirst(dashColumn).hasPrefix("-")
        }
        return starts.enumerated().map { n, start in
            let limit = n + 1 < starts.count ? starts[n + 1] : entry.end
            let afterDash = lines[start].dropFirst(dashColumn + 1).prefix(while: { $0 == " " }).count
            let end = valueEnd(from: start, column: dashColumn, limit: limit, allowsDash: false)
            return (start..<end, dashColumn + 1 + afterDash)
        }
    }

    /// The fields of one list item (a mapping whose first key follows the `- `).
    func fields(of item: (range: Range<Int>, column: Int)) -> [Entry] {
        var entries: [Entry] = []
        for index in item.range where !Self.isBlankOrComment(lines[index]) {
            let atColumn = index == item.range.lowerBound || Self.indent(lines[index]) == item.column
            guard atColumn, let key = Self.key(of: lines[index], at: item.column) else { continue }
            entries.append(
                Entry(
                    key: key, line: index, column: item.column,
                    end: valueEnd(from: index, column: item.column, limit: item.range.upperBound, allowsDash: true)))
        }
        return entries
    }

    mutating func replaceLines(_ range: Range<Int>, with new: [String]) {
        lines.replaceSubrange(range, with: new)
    }
}
