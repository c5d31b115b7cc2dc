/// Where each front-matter field of one file was written, keyed by field path
/// (`name`, `targets[1].by`, `needs[0]`), so later stages can point at the exact line.
///
/// Kept small on purpose: a plan records a hundred or more paths, and every plan's locations
/// are held together until analysis ends (at 20,000 plans a dictionary of path strings was
/// about a fifth of the parsed model). So the paths' bytes sit one after another in one
/// array, each place is four 32-bit numbers, a text value refers to its path's bytes instead
/// of holding a string of its own, and the arrays are trimmed to size when parsing ends
/// (`compacted()`). Lookups scan backwards, so the last place recorded for a path counts;
/// they run only when a check reports something.
package struct FieldLocations: Sendable, Hashable {
    package let file: String
    /// The UTF-8 bytes of every recorded path, one after another.
    private var pathBytes: [UInt8] = []
    /// Each field's place, in the order recorded.
    private var places: [Place] = []
    /// Text values in the order they were read; a path read again replaces its earlier value.
    private var textValues: [StoredText] = []

    /// A path (a range of `pathBytes`) and where it was written.
    private struct Place: Sendable, Hashable {
        var start: UInt32
        var length: UInt32
        var line: Int32
        var column: Int32
    }

    private struct StoredText: Sendable, Hashable {
        var text: String
        /// The path's place in `places`; its line and column are the text's own.
        var place: Place
        var columnsExact: Bool
    }

    package init(file: String) {
        self.file = file
    }

    mutating func record(_ path: String, _ location: SourceLocation) {
        places.append(place(for: path, location))
    }

    /// The location of a field, or of its nearest recorded parent, or the top of the file.
    package func location(of path: String) -> SourceLocation {
        var current = Substring(path)
        while true {
            if let found = lastPlace(of: current) {
                return SourceLocation(file: file, line: Int(found.line), column: Int(found.column))
            }
            guard let cut = current.utf8.lastIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "[") }) else { break }
            current = current[..<cut]
        }
        return SourceLocation(file: file, line: 1, column: 1)
    }

    mutating func recordText(_ text: FieldText) {
        textValues.append(
            StoredText(text: text.text, place: place(for: text.path, text.location), columnsExact: text.columnsExact))
    }

    /// Drops a text value that no later stage may read (a plan's `mis_id`, which must never
    /// reach a page, not even through a quality finding quoting it).
    mutating func forgetText(_ path: String) {
        let current = self
        guard textValues.contains(where: { current.matches($0.place, path[...]) }) else { return }
        textValues = textValues.filter { !current.matches($0.place, path[...]) }
    }

    /// Every text value read from the front matter, in file order (for checks that read the
    /// words of a plan, such as unexplained acronyms).
    package var texts: [FieldText] {
        var seen: Set<String> = []
        // The last value read for a path is the one that counts.
        let latest = textValues.reversed().map { ($0, path(of: $0.place)) }.filter { seen.insert($0.1).inserted }
        return
            latest.map { stored, path in
                FieldText(
                    path: path, text: stored.text,
                    location: SourceLocation(file: file, line: Int(stored.place.line), column: Int(stored.place.column)),
                    columnsExact: stored.columnsExact)
            }
            .sorted { ($0.location, $0.path) < ($1.location, $1.path) }
    }

    /// The locations of the fields whose path `keep` accepts (the others are forgotten, with
    /// their text values). When every path is kept, the storage is shared, not copied.
    package func keeping(_ keep: (String) -> Bool) -> FieldLocations {
        var verdicts: [UInt64: Bool] = [:]
        func kept(_ place: Place) -> Bool {
            let key = UInt64(place.start) << 32 | UInt64(place.length)
            if let known = verdicts[key] { return known }
            let verdict = keep(path(of: place))
            verdicts[key] = verdict
            return verdict
        }
        guard !places.allSatisfy(kept) || !textValues.allSatisfy({ kept($0.place) }) else { return self }
        var out = FieldLocations(file: file)
        for place in places where kept(place) { out.record(path(of: place), place.line, place.column) }
        for stored in textValues where kept(stored.place) {
            var copy = stored
            copy.place = out.place(for: path(of: stored.place), line: stored.place.line, column: stored.place.column)
            out.textValues.append(copy)
        }
        return out.compacted()
    }

    /// Whether the field was written at all.
    package func contains(_ path: String) -> Bool { lastPlace(of: path[...]) != nil }

    /// The same locations in arrays no larger than they need to be (parsing grows them by
    /// doubling; a plan's locations are kept until analysis ends).
    func compacted() -> FieldLocations {
        var out = self
        out.pathBytes = pathBytes.withUnsafeBufferPointer { Array($0) }
        out.places = places.withUnsafeBufferPointer { Array($0) }
        out.textValues = textValues.withUnsafeBufferPointer { Array($0) }
        return out
    }

    private mutating func record(_ path: String, _ line: Int32, _ column: Int32) {
        places.append(place(for: path, line: line, column: column))
    }

    private mutating func place(for path: String, _ location: SourceLocation) -> Place {
        place(for: path, line: Int32(clamping: location.line), column: Int32(clamping: location.column))
    }

    /// A place for `path`, sharing the bytes of a recent place with the same path (a text
    /// value is recorded just after its field), else appending them.
    private mutating func place(for path: String, line: Int32, column: Int32) -> Place {
        for recent in places.suffix(4).reversed() where matches(recent, path[...]) {
            return Place(start: recent.start, length: recent.length, line: line, column: column)
        }
        let start = UInt32(pathBytes.count)
        pathBytes.append(contentsOf: path.utf8)
        return Place(start: start, length: UInt32(pathBytes.count) - start, line: line, column: column)
    }

    private func lastPlace(of path: Substring) -> Place? {
        places.last { matches($0, path) }
    }

    private func matches(_ place: Place, _ path: Substring) -> Bool {
        let bytes = path.utf8
        guard bytes.count == Int(place.length) else { return false }
        let start = Int(place.start)
        return pathBytes[start..<start + Int(place.length)].elementsEqual(bytes)
    }

    private func path(of place: Place) -> String {
        let start = Int(place.start)
        return String(decoding: pathBytes[start..<start + Int(place.length)], as: UTF8.self)
    }
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
