import Foundation

/// Reads typed values out of a YAML mapping, recording where each field was written and
/// reporting every problem as a diagnostic that names the field path and how to fix it.
///
/// One reader serves one file; the parsers for plans, catalogue entries and settings share it.
final class FieldReader {
    let file: String
    /// File line of YAML line 1 (front matter starts after the opening `---`).
    let firstLine: Int
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var locations: FieldLocations

    /// The YAML text's lines, to tell whether a value stands on one line as written.
    let yamlLines: [Substring]

    init(file: String, firstLine: Int, yaml: String = "") {
        self.file = file
        self.firstLine = firstLine
        self.yamlLines = yaml.lineSlices
        self.locations = FieldLocations(file: file)
    }

    /// A key/value mapping with the field path it sits at.
    struct Map {
        let node: Node
        let path: String
        let pairs: [(key: String, keyNode: Node, value: Node)]
        /// Each written key's field path, made once: the location table and the text values
        /// share the one string (a plan records a hundred or more).
        let keyPaths: [String]
        /// Required keys written misspelt, each with the key as written (`review` → `reveiw`).
        var misspelt: [String: String] = [:]

        func value(_ key: String) -> Node? { pairs.first(where: { $0.key == key })?.value }
        /// The key to read for `key`: itself when written, else its misspelling, so one
        /// misspelt required field gives one error and not a second "missing field" one.
        func written(_ key: String) -> String { value(key) == nil ? misspelt[key] ?? key : key }
        func keyNode(_ key: String) -> Node? { pairs.first(where: { $0.key == key })?.keyNode }

        /// The field path of `key` in this mapping (`targets[1].by`).
        func fieldPath(_ key: String) -> String {
            if let n = pairs.firstIndex(where: { $0.key == key }) { return keyPaths[n] }
            return path.isEmpty ? key : "\(path).\(key)"
        }
    }

    func location(of node: Node?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(file: file, line: firstLine, column: 1) }
        return SourceLocation(file: file, line: mark.line + firstLine - 1, column: mark.column)
    }

    func report(_ severity: Severity, _ message: String, at node: Node?, hint: String? = nil) {
        diagnostics.append(Diagnostic(severity, at: location(of: node), message, hint: hint))
    }

    func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    func child(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// Reads `node` as a mapping; warns about keys outside `known`, suggesting the likely one.
    /// A key that looks like a misspelling of one of `required` is an error instead, because
    /// the field it was meant to be would otherwise go missing or be read from elsewhere.
    func map(_ node: Node, path: String, known: [String], required: [String] = [], what: String) -> Map? {
        guard case .mapping(let mapping) = node else {
            report(
                .error, "\(path.isEmpty ? what : "'\(path)'") must be a set of `key: value` lines, not \(describe(node))",
                at: node, hint: "write each field on its own line as `key: value`")
            return nil
        }
        var pairs: [(String, Node, Node)] = []
        var keyPaths: [String] = []
        var misspelt: [String: String] = [:]
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            pairs.append((key, keyNode, value))
            let keyPath = child(path, key)
            keyPaths.append(keyPath)
            locations.record(keyPath, location(of: keyNode))
            if !known.contains(key), let meant = Suggestion.closest(to: key, in: required) {
                report(
                    .error, "'\(keyPath)' is not a field of \(what); it looks like the required field '\(meant)' misspelt",
                    at: keyNode, hint: "rename it to `\(meant):`")
                if misspelt[meant] == nil { misspelt[meant] = key }
            } else if !known.contains(key) {
                let hint =
                    Suggestion.hint(for: key, in: known, listing: false)
                    ?? "the fields of \(what) are: \(known.joined(separator: ", "))"
                report(.warning, "unknown field '\(keyPath)' in \(what) is ignored", at: keyNode, hint: hint)
            }
        }
        if !path.isEmpty { locations.record(path, location(of: node)) }
        return Map(node: node, path: path, pairs: pairs, keyPaths: keyPaths, misspelt: misspelt)
    }

    func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let s): return s.string.isEmpty ? "empty" : "the text '\(s.string)'"
        case .mapping: return "a set of fields"
        case .sequence: return "a list"
        }
    }

    func isNull(_ node: Node) -> Bool {
        if case .scalar(let s) = node { return s.style == .plain && ["", "~", "null", "Null", "NULL"].contains(s.string) }
        return false
    }

    /// A text value; lists are reported. `required` fields must be present and non-empty.
    func string(_ map: Map, _ key: String, required: Bool = false, example: String = "…") -> String? {
        let path = map.fieldPath(key)
        guard let node = map.value(key), !isNull(node) else {
            if required { missing(map, key, example: example) }
            return nil
        }
        guard case .scalar(let scalar) = node else {
            report(
                .error, "'\(path)' must be a single line of text, not \(describe(node))", at: node,
                hint: "write it as `\(key): \(example)`")
            return nil
        }
        recordText(scalar, node: node, path: path)
        let text = scalar.string.trimmingWhitespaceAndNewlines()
        if text.isEmpty {
            if required { missing(map, key, example: example) }
            return nil
        }
        return text
    }

    /// Keeps a text value and where it starts, so later checks can point inside it.
    func recordText(_ scalar: Node.Scalar, node: Node, path: String) {
        var start = location(of: node)
        if scalar.style == .singleQuoted || scalar.style == .doubleQuoted { start.column += 1 }
        // Columns inside the value are only counted when the text stands on its line exactly
        // as YAML read it (not folded over lines, no escapes, not a block).
        // YAML counts columns in code points, so compare code points (cheaper than characters).
        var exact = false
        let mark = node.mark
        if mark.line >= 1, mark.line <= yamlLines.count {
            let line = yamlLines[mark.line - 1]
            let before = line.utf8.prefix(start.column - 1)
            if before.count == start.column - 1, before.allSatisfy({ $0 < 0x80 }) {
                // ASCII up to the value: its column is its byte offset, and equal bytes from
                // there are equal code points (decoding the line into code points was a
                // third of reading a field).
                exact = line.utf8[before.endIndex...].starts(with: scalar.string.utf8)
            } else {
                let written = line.unicodeScalars.dropFirst(start.column - 1)
                exact = written.starts(with: scalar.string.unicodeScalars)
            }
        }
        locations.recordText(FieldText(path: path, text: scalar.string, location: start, columnsExact: exact))
    }

    func missing(_ map: Map, _ key: String, example: String) {
        let path = map.fieldPath(key)
        let at = map.path.isEmpty ? nil : map.node
        diagnostics.append(
            Diagnostic(
                .error, at: at == nil ? SourceLocation(file: file, line: max(1, firstLine - 1), column: 1) : location(of: at),
                "missing required field '\(path)'",
                hint: "add `\(key): \(example)`"))
    }

    /// A `YYYY-MM-DD` date.
    func day(_ map: Map, _ key: String, required: Bool = false) -> Day? {
        guard let text = string(map, key, required: required, example: "2026-09-08") else { return nil }
        if let day = Day(iso: text) { return day }
        report(
            .error, "'\(child(map.path, key))' is not a valid date: '\(text)'", at: map.value(key),
            hint: "write dates as YYYY-MM-DD, for example 2026-09-08")
        return nil
    }

    /// A whole number in `range`.
    func int(_ map: Map, _ key: String, in range: ClosedRange<Int>, required: Bool = false) -> Int? {
        guard let text = string(map, key, required: required, example: "\(range.lowerBound)") else { return nil }
        if let n = Int(text), range.contains(n) { return n }
        report(
            .error,
            "'\(child(map.path, key))' must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'",
            at: map.value(key), hint: "write a number such as `\(key): \(range.lowerBound)`")
        return nil
    }

    /// `true` or `false` (also yes/no).
    func bool(_ map: Map, _ key: String) -> Bool? {
        guard let text = string(map, key) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            report(
                .error, "'\(child(map.path, key))' must be true or false, not '\(text)'", at: map.value(key),
                hint: "write `\(key): true` or `\(key): false`")
            return nil
        }
    }

    /// One of a closed set of words.
    func vocabulary<V: ContentVocabulary>(_ map: Map, _ key: String, _ type: V.Type, required: Bool = false) -> V? {
        guard let text = string(map, key, required: required, example: V.allowed[0]) else { return nil }
        return vocabularyValue(text, path: map.fieldPath(key), node: map.value(key), V.self)
    }

    func vocabularyValue<V: ContentVocabulary>(_ text: String, path: String, node: Node?, _ type: V.Type) -> V? {
        if let value = V(rawValue: text) ?? V(rawValue: text.lowercased()) { return value }
        report(
            .error, "'\(path)' has an unknown value '\(text)'", at: node,
            hint: Suggestion.hint(for: text, in: V.allowed).map {
                $0.hasPrefix("did") ? "\($0) Allowed: \(V.allowed.joined(separator: ", "))" : $0
            })
        return nil
    }

    /// A list of items; a single scalar is accepted as a list of one.
    func list(_ map: Map, _ key: String) -> [(node: Node, path: String)] {
        let path = map.fieldPath(key)
        guard let node = map.value(key), !isNull(node) else { return [] }
        switch node {
        case .sequence(let sequence):
            return sequence.enumerated().map { index, item in
                let itemPath = "\(path)[\(index)]"
                locations.record(itemPath, location(of: item))
                return (item, itemPath)
            }
        case .scalar:
            locations.record("\(path)[0]", location(of: node))
            return [(node, "\(path)[0]")]
        default:
            report(
                .error, "'\(path)' must be a list, not \(describe(node))", at: node,
                hint: "write it as `\(key): [a, b]` or one `- item` per line")
            return []
        }
    }

    /// A list of short texts, such as `flags` or `related`.
    func stringList(_ map: Map, _ key: String) -> [(value: String, node: Node, path: String)] {
        list(map, key).compactMap { item in
            guard case .scalar(let scalar) = item.node else {
                report(.error, "'\(item.path)' must be a single line of text, not \(describe(item.node))", at: item.node)
                return nil
            }
            recordText(scalar, node: item.node, path: item.path)
            let text = scalar.string.trimmingWhitespace()
            return text.isEmpty ? nil : (text, item.node, item.path)
        }
    }
}
