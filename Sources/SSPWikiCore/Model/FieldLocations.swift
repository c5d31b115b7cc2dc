/// Where each front-matter field of one file was written, keyed by field path
/// (`name`, `targets[1].by`, `needs[0]`), so later stages can point at the exact line.
public struct FieldLocations: Sendable, Hashable {
    public let file: String
    private var positions: [String: SourceLocation] = [:]

    public init(file: String) {
        self.file = file
    }

    mutating func record(_ path: String, _ location: SourceLocation) {
        positions[path] = location
    }

    /// The location of a field, or of its nearest recorded parent, or the top of the file.
    public func location(of path: String) -> SourceLocation {
        var current = path
        while true {
            if let found = positions[current] { return found }
            guard let cut = current.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            current = String(current[..<cut])
        }
        return SourceLocation(file: file, line: 1, column: 1)
    }

    /// Whether the field was written at all.
    public func contains(_ path: String) -> Bool { positions[path] != nil }
}
