import Foundation

/// Writes comma-separated values as RFC 4180 describes: CRLF after every record, and a
/// field in double quotes (with quotes doubled) when it holds a comma, quote or line break.
package enum CSV {
    /// The rows as one CSV file; the first row is normally the header.
    package static func text(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// One field, quoted when it needs to be.
    package static func field(_ value: String) -> String {
        var value = value
        // A spreadsheet would run text starting with = + - @ as a formula; a leading
        // apostrophe keeps it as text.
        if let first = value.unicodeScalars.first, "=+-@\t".unicodeScalars.contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
