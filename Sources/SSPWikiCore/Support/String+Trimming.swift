/// White space trimming without Foundation's `CharacterSet`, which bridges every string to
/// `NSString` and was a twentieth of a build's time (every front-matter value is trimmed).
/// The sets are Foundation's own (`TrimmingTests` checks every scalar against it).
extension StringProtocol {
    /// The text without Foundation's `.whitespaces` at either end: space separators, the zero
    /// width space and tab.
    package func trimmingWhitespace() -> String { trimming(Self.isWhitespace) }

    /// The text without Foundation's `.whitespacesAndNewlines` at either end: every separator,
    /// U+000A to U+000D and U+0085 as well.
    package func trimmingWhitespaceAndNewlines() -> String { trimming(Self.isWhitespaceOrNewline) }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        // Foundation still counts the zero width space, a space separator in old Unicode.
        return scalar.properties.generalCategory == .spaceSeparator || scalar.value == 0x200B
    }

    static func isWhitespaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        switch scalar.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
        default: return scalar.value == 0x85 || scalar.value == 0x200B
        }
    }

    private func trimming(_ trimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !trimmed($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !trimmed($0) })!
        // Sliced at scalar bounds and copied whole: appending scalar by scalar cost more than
        // parsing the value.
        return String(self[first..<scalars.index(after: last)])
    }
}
