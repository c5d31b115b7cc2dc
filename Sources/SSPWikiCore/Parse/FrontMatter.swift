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
        if text.allSatisfy({ $0.isWhitespace }) { return .failure(.empty) }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else {
            return .failure(.missingOpening)
        }
        for index in 1..<lines.count {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            if line == "---" || line == "..." {
                let yaml = lines[1..<index].joined(separator: "\n")
                let body = index + 1 < lines.count ? lines[(index + 1)...].joined(separator: "\n") : ""
                return .success(FrontMatter(yaml: yaml, yamlLine: 2, body: body, bodyLine: index + 2))
            }
        }
        return .failure(.missingClosing(openedAt: 1))
    }

    /// The diagnostic for a split problem.
    static func diagnostic(for problem: Problem, file: String) -> Diagnostic {
        switch problem {
        case .empty:
            return .error("file is empty", at: SourceLocation(file: file, line: 1, column: 1),
                          hint: "add front matter between two `---` lines, or delete the file")
        case .missingOpening:
            return .error("file has no front matter", at: SourceLocation(file: file, line: 1, column: 1),
                          hint: "start the file with a `---` line, the YAML fields, and another `---` line")
        case .missingClosing(let line):
            return .error("front matter is not closed", at: SourceLocation(file: file, line: line, column: 1),
                          hint: "end the front matter with a line holding only `---`")
        }
    }
}

import Foundation
