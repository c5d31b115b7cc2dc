import Foundation

/// A Markdown file split into its YAML front matter and its body.
struct FrontMatter {
    /// The YAML between the two `---` lines.
    let yaml: String
    /// File line of the first YAML line.
    let yamlLine: Int
    let body: String
    /// File line the body starts on.
    let bodyLine: Int

    enum Problem: Error {
        case empty
        case missingOpening
        case missingClosing(openedAt: Int)
    }

    /// Splits `text`; the front matter must open on the first line with `---` and close with `---` or `...`.
    static func split(_ text: String) -> Result<FrontMatter, Problem> {
        // Works on UTF-8 bytes and stops at the closing line: this runs once per file.
        let bytes = text.utf8
        var start = bytes.startIndex
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = bytes.index(start, offsetBy: 3) }
        guard bytes[start...].contains(where: { !isSpace($0) }) else { return .failure(.empty) }
        var lineStart = start
        var lineNumber = 1
        var yamlStart: String.Index?
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.endIndex
            let line = trimmed(bytes[lineStart..<lineEnd])
            let next = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
            if yamlStart == nil {
                guard line.elementsEqual("---".utf8) else { return .failure(.missingOpening) }
                yamlStart = next
            } else if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) {
                let yamlEnd = lineStart > yamlStart! ? bytes.index(before: lineStart) : lineStart
                return .success(
                    FrontMatter(
                        yaml: String(text[yamlStart!..<yamlEnd]), yamlLine: 2,
                        body: String(text[next...]), bodyLine: lineNumber + 1))
            }
            lineStart = next
            lineNumber += 1
            if lineEnd == bytes.endIndex { break }
        }
        return .failure(.missingClosing(openedAt: 1))
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private static func trimmed(_ line: Substring.UTF8View) -> Substring.UTF8View {
        var line = line
        while let first = line.first, first == 0x20 || first == 0x09 { line = line.dropFirst() }
        while let last = line.last, last == 0x20 || last == 0x09 || last == 0x0D { line = line.dropLast() }
        return line
    }

    /// The diagnostic for a split problem.
    static func diagnostic(for problem: Problem, file: String) -> Diagnostic {
        switch problem {
        case .empty:
            return .error(
                "file is empty", at: SourceLocation(file: file, line: 1, column: 1),
                hint: "add front matter between two `---` lines, or delete the file")
        case .missingOpening:
            return .error(
                "file has no front matter", at: SourceLocation(file: file, line: 1, column: 1),
                hint: "start the file with a `---` line, the YAML fields, and another `---` line")
        case .missingClosing(let line):
            return .error(
                "front matter is not closed", at: SourceLocation(file: file, line: line, column: 1),
                hint: "end the front matter with a line holding only `---`")
        }
    }
}
