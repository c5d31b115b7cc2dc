/// Reading and replacing the value written on a `key: value  # comment` line.
extension FrontMatterEditor {
    /// A `key: value  # comment` line cut into its parts.
    struct InlineValue {
        /// Everything up to and including the `:`.
        var prefix: String
        /// The value as written (quotes included), or "" when nothing follows the key.
        var value: String
        /// The spaces between the value and the comment.
        var gap: String
        /// From `#` to the end of the line, or "".
        var comment: String
    }

    func inline(_ line: Int, column: Int) -> InlineValue {
        let text = lines[line]
        let afterKey = text.index(text.startIndex, offsetBy: column)
        let colon = text[afterKey...].firstIndex(of: ":") ?? text.endIndex
        let prefix = String(text[..<text.index(after: colon)])
        let rest = Array(text[text.index(after: colon)...])
        var start = 0
        while start < rest.count, rest[start] == " " { start += 1 }
        var end = Self.valueEnd(rest, from: start)
        while end > start, rest[end - 1] == " " { end -= 1 }
        var commentStart = end
        while commentStart < rest.count, rest[commentStart] == " " { commentStart += 1 }
        let hasComment = commentStart < rest.count && rest[commentStart] == "#"
        return InlineValue(
            prefix: prefix, value: String(rest[start..<end]),
            gap: hasComment ? String(rest[end..<commentStart]) : "",
            comment: hasComment ? String(rest[commentStart...]) : "")
    }

    /// Where a value starting at `start` ends: after its closing quote or bracket, or before ` #`.
    static func valueEnd(_ chars: [Character], from start: Int) -> Int {
        guard start < chars.count else { return start }
        var index = start
        switch chars[start] {
        case "#":
            return start
        case "\"":
            index += 1
            while index < chars.count, chars[index] != "\"" { index += chars[index] == "\\" ? 2 : 1 }
            return min(index + 1, chars.count)
        case "'":
            index += 1
            while index < chars.count {
                if chars[index] == "'" {
                    if index + 1 < chars.count, chars[index + 1] == "'" {
                        index += 2
                        continue
                    }
                    break
                }
                index += 1
            }
            return min(index + 1, chars.count)
        case "[", "{":
            var depth = 0
            while index < chars.count {
                if chars[index] == "[" || chars[index] == "{" { depth += 1 }
                if chars[index] == "]" || chars[index] == "}" {
                    depth -= 1
                    if depth == 0 { return index + 1 }
                }
                index += 1
            }
            return chars.count
        default:
            while index < chars.count {
                if chars[index] == "#", index > start, chars[index - 1] == " " { return index - 1 }
                index += 1
            }
            return chars.count
        }
    }

    /// Replaces the value on `line`, keeping the key, the comment and, where it fits, the
    /// comment's column.
    mutating func setValue(_ line: Int, column: Int, to value: String) {
        let old = inline(line, column: column)
        var text = old.prefix + (value.isEmpty ? "" : " " + value)
        if !old.comment.isEmpty {
            // Where the comment starts on the line as written (also when no value was written).
            let commentColumn = lines[line].count - old.comment.count
            text += String(repeating: " ", count: max(1, commentColumn - text.count)) + old.comment
        }
        lines[line] = text
    }

    /// The items of a flow list (`[T1, T2]`) written on `line`, or nil when the value is not one.
    func flowItems(_ line: Int, column: Int) -> [String]? {
        let value = inline(line, column: column).value
        guard value.hasPrefix("["), value.hasSuffix("]") else { return nil }
        return value.dropFirst().dropLast().split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A list item's scalar (`- T1  # note` → `T1`), without quotes.
    func itemScalar(_ line: Int) -> String {
        let text = lines[line]
        let chars = Array(text.drop(while: { $0 == " " }).dropFirst().drop(while: { $0 == " " }))
        return Self.unquote(String(chars[0..<Self.valueEnd(chars, from: 0)]).trimmingCharacters(in: .whitespaces))
    }

    static func unquote(_ value: String) -> String {
        if value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" {
            return String(value.dropFirst().dropLast())
        }
        return value
    }
}
