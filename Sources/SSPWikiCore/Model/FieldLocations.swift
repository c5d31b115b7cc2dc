/// Where each front-matter field of one file was written, keyed by field path
/// (`name`, `targets[1].by`, `needs[0]`), so later stages can point at the exact line.
package struct FieldLocations: Sendable, Hashable {
    package let file: String
    private var positions: [String: SourceLocation] = [:]
    private var textValues: [String: FieldText] = [:]

    package init(file: String) {
        self.file = file
    }

    mutating func record(_ path: String, _ location: SourceLocation) {
        positions[path] = location
    }

    /// The location of a field, or of its nearest recorded parent, or the top of the file.
    package func location(of path: String) -> SourceLocation {
        var current = path
        while true {
            if let found = positions[current] { return found }
            guard let cut = current.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            current = String(current[..<cut])
        }
        return SourceLocation(file: file, line: 1, column: 1)
    }

    mutating func recordText(_ text: FieldText) {
        textValues[text.path] = text
    }

    /// Drops a text value that no later stage may read (a plan's `mis_id`, which must never
    /// reach a page, not even through a quality finding quoting it).
    mutating func forgetText(_ path: String) {
        textValues[path] = nil
    }

    /// Every text value read from the front matter, in file order (for checks that read the
    /// words of a plan, such as unexplained acronyms).
    package var texts: [FieldText] {
        textValues.values.sorted { ($0.location, $0.path) < ($1.location, $1.path) }
    }

    /// The locations of the fields whose path `keep` accepts (the others are forgotten, with
    /// their text values).
    package func keeping(_ keep: (String) -> Bool) -> FieldLocations {
        var out = FieldLocations(file: file)
        out.positions = positions.filter { keep($0.key) }
        out.textValues = textValues.filter { keep($0.key) }
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
