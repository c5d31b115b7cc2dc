/// Where each front-matter field of one file was written, keyed by field path
/// (`name`, `targets[1].by`, `needs[0]`), so later stages can point at the exact line.
///
/// Kept small on purpose: a plan records a hundred or more paths, and every plan's locations
/// are held together until analysis ends, so a line and column are two 32-bit numbers (the
/// file is stored once) and the text values are a list rather than a second table.
package struct FieldLocations: Sendable, Hashable {
    package let file: String
    private var positions: [String: Position] = [:]
    /// Text values in the order they were read; a path read again replaces its earlier value.
    private var textValues: [StoredText] = []

    private struct Position: Sendable, Hashable {
        var line: Int32
        var column: Int32

        init(_ location: SourceLocation) {
            line = Int32(clamping: location.line)
            column = Int32(clamping: location.column)
        }
    }

    private struct StoredText: Sendable, Hashable {
        var path: String
        var text: String
        var position: Position
        var columnsExact: Bool
    }

    package init(file: String) {
        self.file = file
    }

    private func location(_ position: Position) -> SourceLocation {
        SourceLocation(file: file, line: Int(position.line), column: Int(position.column))
    }

    mutating func record(_ path: String, _ location: SourceLocation) {
        positions[path] = Position(location)
    }

    /// The location of a field, or of its nearest recorded parent, or the top of the file.
    package func location(of path: String) -> SourceLocation {
        var current = path
        while true {
            if let found = positions[current] { return location(found) }
            guard let cut = current.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            current = String(current[..<cut])
        }
        return SourceLocation(file: file, line: 1, column: 1)
    }

    mutating func recordText(_ text: FieldText) {
        textValues.append(
            StoredText(
                path: text.path, text: text.text, position: Position(text.location), columnsExact: text.columnsExact))
    }

    /// Drops a text value that no later stage may read (a plan's `mis_id`, which must never
    /// reach a page, not even through a quality finding quoting it).
    mutating func forgetText(_ path: String) {
        textValues.removeAll { $0.path == path }
    }

    /// Every text value read from the front matter, in file order (for checks that read the
    /// words of a plan, such as unexplained acronyms).
    package var texts: [FieldText] {
        var seen: Set<String> = []
        // The last value read for a path is the one that counts.
        let latest = textValues.reversed().filter { seen.insert($0.path).inserted }
        return
            latest.map {
                FieldText(path: $0.path, text: $0.text, location: location($0.position), columnsExact: $0.columnsExact)
            }
            .sorted { ($0.location, $0.path) < ($1.location, $1.path) }
    }

    /// The locations of the fields whose path `keep` accepts (the others are forgotten, with
    /// their text values).
    package func keeping(_ keep: (String) -> Bool) -> FieldLocations {
        var out = FieldLocations(file: file)
        out.positions = positions.filter { keep($0.key) }
        out.textValues = textValues.filter { keep($0.path) }
        return out
    }

    /// Whether the field was written at all.
    package func contains(_ path: String) -> Bool { positions[path] != nil }
}

/// One text value in front matter: its field path, the text as YAML read it, and where its
/// first character stands in the file.
package struct FieldText: Sendable, Hashable {
    package var path: String
    package var text: String
    /// The first character of the text (after an opening quote).
    package var location: SourceLocation
    /// True when the text is on one line as written, so the column of its n-th character is
    /// `location.column + n`; false for block and multi-line values, whose words can only be
    /// placed at the start of the value.
    package var columnsExact: Bool

    package init(path: String, text: String, location: SourceLocation, columnsExact: Bool) {
        self.path = path
        self.text = text
        self.location = location
        self.columnsExact = columnsExact
    }

    /// Where the character at `offset` (0-based, in characters) stands in the file.
    package func location(atOffset offset: Int) -> SourceLocation {
        guard columnsExact else { return location }
        return SourceLocation(file: location.file, line: location.line, column: location.column + offset)
    }
}
