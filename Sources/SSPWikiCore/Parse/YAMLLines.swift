import Foundation

/// The lines of a YAML text, for putting a syntax error into words (`YAMLSyntaxError+Words`).
/// Lines and columns are 1-based; columns count Unicode code points, as libyaml's marks do.
struct YAMLLines {
    let lines: [Substring]
    /// File line of YAML line 1.
    let firstLine: Int

    init(_ yaml: String, firstLine: Int) {
        lines = yaml.lineSlices
        self.firstLine = firstLine
    }

    /// Line `number` without its line break; empty past the end.
    func line(_ number: Int) -> Substring {
        guard number >= 1, number <= lines.count else { return "" }
        let line = lines[number - 1]
        return line.hasSuffix("\r") ? line.dropLast() : line
    }

    /// Line `number` without the spaces around it.
    func trimmed(_ number: Int) -> String {
        line(number).trimmingWhitespace()
    }

    func fileLine(_ number: Int) -> Int { number + firstLine - 1 }

    /// The character at `mark`, nil past the end of its line.
    func character(at mark: Node.Mark) -> Character? {
        guard mark.column >= 1 else { return nil }
        return line(mark.line).unicodeScalars.dropFirst(mark.column - 1).first.map(Character.init)
    }

    /// Where the text of line `number` starts after its indentation.
    func indented(_ number: Int) -> Node.Mark {
        Node.Mark(line: number, column: line(number).prefix(while: { $0 == " " }).count + 1)
    }

    /// The nearest line above `number` holding more than spaces or a comment, trimmed.
    func previousContent(before number: Int) -> String? {
        var index = min(number, lines.count + 1) - 1
        while index >= 1 {
            let text = trimmed(index)
            if !text.isEmpty && !text.hasPrefix("#") { return text }
            index -= 1
        }
        return nil
    }

    /// The line and column of the character starting at UTF-8 byte `offset`.
    func mark(atByte offset: Int) -> Node.Mark {
        var start = 0
        for (index, line) in lines.enumerated() {
            let length = line.utf8.count
            if offset <= start + length {
                let before = line.utf8.prefix(max(0, offset - start))
                return Node.Mark(line: index + 1, column: String(decoding: before, as: UTF8.self).unicodeScalars.count + 1)
            }
            start += length + 1
        }
        return Node.Mark(line: max(1, lines.count), column: 1)
    }

    /// `text` short enough to quote in a message.
    static func shown(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(57)) + "…" : text
    }
}
