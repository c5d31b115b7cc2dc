import Foundation

/// Puts libyaml's errors into plain words at the line where the writer made the mistake
/// (libyaml often notices a mistake a line later, in its own terms).
extension YAMLSyntaxError {
    static let generalHint =
        "check the indentation and that any value holding ': ' or starting with a special character is in quotes"

    /// The one diagnostic for this error in `yaml`, whose line 1 is line `firstLine` of `file`.
    func diagnostic(yaml: String, file: String, firstLine: Int) -> Diagnostic {
        let (message, hint, place) = explain(YAMLLines(yaml, firstLine: firstLine))
        return .error(message, at: SourceLocation(file: file, line: place.line + firstLine - 1, column: place.column), hint: hint)
    }

    typealias Explanation = (message: String, hint: String, place: Node.Mark)

    func explain(_ text: YAMLLines) -> Explanation {
        let name = self.name ?? ""
        switch kind {
        case .duplicateKeys:
            return ("field '\(name)' is written twice", "keep one of them", mark)
        case .undefinedAlias:
            return (
                "malformed YAML: `*\(name)` repeats a value marked `&\(name)`, but no value before it has that mark",
                "put text that starts with `*` in quotes", mark
            )
        case .secondDocument:
            return (
                "malformed YAML: a second set of fields starts here, after a `---` line",
                "remove the `---` line: the file holds one set of fields", mark
            )
        case .tooDeep:
            return (
                "malformed YAML: lists and fields are nested too deeply here",
                "front matter needs only a few levels: close some `[` or `{`", mark
            )
        case .reader:
            return (
                "malformed YAML: this line holds a character YAML does not allow (\(problem))",
                "delete the character; it may be invisible, for example pasted from another program",
                byteOffset.map(text.mark(atByte:)) ?? mark
            )
        case .scanner, .parser:
            return explainSyntax(text)
        }
    }

    private func explainSyntax(_ text: YAMLLines) -> Explanation {
        let found = text.character(at: mark)
        if problem.contains("tab character") || (problem.contains("cannot start any token") && found == "\t") {
            return (
                "malformed YAML: a tab is used to indent this line",
                "indent with spaces only: YAML does not allow tabs for indentation", mark
            )
        }
        if problem.contains("cannot start any token"), let found {
            return (
                "malformed YAML: a value cannot start with '\(found)'", "put the value in quotes, as in `key: \"\(found)…\"`",
                mark
            )
        }
        if problem.contains("could not find expected ':'"), let start = contextMark {
            return missingColon(text, at: start)
        }
        if problem.contains("mapping values are not allowed") {
            return colonInValue(text)
        }
        if problem.contains("end of stream"), context?.contains("quoted scalar") == true, let start = contextMark {
            return unclosedQuote(text, at: start, "is never closed")
        }
        if problem.contains("unknown escape") {
            return (
                "malformed YAML: a backslash in double quotes starts an escape YAML does not know",
                "write `\\\\` for a backslash, or use single quotes", mark
            )
        }
        if problem.hasPrefix("did not find expected ',' or"), let start = contextMark {
            return unclosedFlow(text, from: start)
        }
        if problem.contains("block sequence entries are not allowed") {
            return (
                "malformed YAML: a list item cannot follow a field name on the same line",
                "put each `- item` on a line of its own below the field, indented, or put the text in quotes", mark
            )
        }
        if problem.contains("did not find expected key") || problem.contains("expected '-' indicator"),
            !text.trimmed(mark.line).isEmpty
        {
            return misplaced(text)
        }
        return ("malformed YAML: \(context.map { "\($0) " } ?? "")\(problem)", Self.generalHint, mark)
    }

    /// `name Amy`: libyaml reads a key and looks for its colon until the next line.
    private func missingColon(_ text: YAMLLines, at start: Node.Mark) -> Explanation {
        let written = text.trimmed(start.line)
        let dash = written.hasPrefix("- ") ? "- " : ""
        let item = written.dropFirst(dash.count).trimmingWhitespace()
        let fixed = item.firstIndex(of: " ").map { dash + item[..<$0] + ":" + item[$0...] } ?? "\(dash)\(item): …"
        var hint = "write it as `\(fixed)`"
        if dash.isEmpty, text.previousContent(before: start.line)?.hasPrefix("-") == true {
            hint += ", or as `- \(item)` if it is another item of the list above"
        }
        return ("malformed YAML: `\(YAMLLines.shown(written))` needs a colon after the field name", hint, start)
    }

    /// `medical: Asthma: inhaler`, or a field indented deeper than the one above it (which
    /// YAML reads as the value above going on).
    private func colonInValue(_ text: YAMLLines) -> Explanation {
        let line = text.line(mark.line)
        let before = String(Substring(line.unicodeScalars.prefix(max(0, mark.column - 1))))
        var field = before.trimmingWhitespace()
        if field.hasPrefix("- ") { field = String(field.dropFirst(2)) }
        if let colon = field.range(of: ": ") {
            let key = String(field[..<colon.lowerBound])
            let whole = text.trimmed(mark.line)
            let value = whole.range(of: ": ").map { whole[$0.upperBound...].trimmingWhitespace() } ?? ""
            return (
                "malformed YAML: the value of '\(key)' holds ': ' (mapping values are not allowed in this context)",
                "put the value in quotes: `\(key): \(YAMLScalar.quoted(value))`", mark
            )
        }
        return (
            "malformed YAML: `\(YAMLLines.shown(text.trimmed(mark.line)))` is indented more than the field above it",
            "start it in the same column as the field above: YAML reads a deeper line as part of the value above",
            text.indented(mark.line)
        )
    }

    private func unclosedQuote(_ text: YAMLLines, at start: Node.Mark, _ what: String) -> Explanation {
        let quote = text.character(at: start).map(String.init) ?? "\""
        return (
            "malformed YAML: the quote opened here \(what)",
            "end the text with a matching \(quote) on the same line, or leave the quotes out", start
        )
    }

    /// `[a, b` or `{a: b`; reported where libyaml stopped unless that is past the text.
    private func unclosedFlow(_ text: YAMLLines, from start: Node.Mark) -> Explanation {
        let list = context?.contains("sequence") ?? true
        let (open, close, what) = list ? ("[", "]", "list") : ("{", "}", "set of fields")
        let hint =
            list
            ? "close it on the same line, as in `[a, b]`, or write one `- item` per line"
            : "close it on the same line, as in `{a: b}`, or write one `key: value` per line"
        if text.trimmed(mark.line).isEmpty {
            return ("malformed YAML: the \(what) opened here with '\(open)' is not closed with '\(close)'", hint, start)
        }
        return (
            "malformed YAML: the \(what) opened with '\(open)' on line \(text.fileLine(start.line)) is not closed with '\(close)'",
            hint, mark
        )
    }

    /// A line libyaml cannot place: a stray `- `, an indentation that matches nothing above,
    /// text after a closing quote, or a quote left open on an earlier line.
    private func misplaced(_ text: YAMLLines) -> Explanation {
        if let last = lastScalar, last.quoted, last.end.line == mark.line {
            if last.mark.line < mark.line { return unclosedQuote(text, at: last.mark, "is not closed on its line") }
            return ("malformed YAML: there is more text after the closing quote", "put the whole value inside the quotes", mark)
        }
        let written = text.trimmed(mark.line)
        let place = text.indented(mark.line)
        if written == "-" || written.hasPrefix("- ") {
            if text.previousContent(before: mark.line)?.hasPrefix("-") == true {
                return (
                    "malformed YAML: the list item `\(YAMLLines.shown(written))` is not indented like the items above it",
                    "start every `- ` of one list in the same column", place
                )
            }
            return (
                "malformed YAML: a list item `\(YAMLLines.shown(written))` stands where a field was expected",
                "remove the `-`, or put the list under a field: `field:` then indented `- item` lines", place
            )
        }
        return (
            "malformed YAML: `\(YAMLLines.shown(written))` is not indented like the fields around it",
            "start it in the same column as the fields it belongs with, using spaces", place
        )
    }
}
