import CSV
import Foundation

/// The cells of a register export, as text, with the spreadsheet row each record came from.
struct RegisterTable: Sendable {
    struct Row: Sendable {
        /// The spreadsheet row number: the header is row 1.
        let number: Int
        /// The cells, as many as the header has.
        let cells: [String]
    }

    let header: [String]
    let rows: [Row]
    let encoding: RegisterReader.Encoding
    let separator: UnicodeScalar
}

/// Reads a register export (a CSV file) into a `RegisterTable`: works out the encoding
/// (UTF-8 with or without a byte order mark, else the Windows-1252 that spreadsheet programs
/// write) and the separator (comma, semicolon or tab), then hands the text to CSV.swift's
/// `CSVReader` for the quoting rules (quoted fields with separators, quotes and line breaks).
struct RegisterReader {
    enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf8BOM = "UTF-8 with a byte order mark"
        case windows1252 = "Windows-1252"
    }

    /// The path as the user gave it, for diagnostics.
    let file: String

    func read(_ bytes: [UInt8]) -> (RegisterTable?, [Diagnostic]) {
        let text: String
        let encoding: Encoding
        switch decode(bytes) {
        case .failure(let problem): return (nil, [problem])
        case .success(let decoded): (text, encoding) = decoded
        }
        let separator = Self.separator(of: text)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: separator)
        } catch {
            return (
                nil,
                [
                    .error(
                        "the register cannot be read as CSV (\(error))", at: SourceLocation(file: file, line: 1, column: 1),
                        hint: "save it from the spreadsheet as CSV")
                ]
            )
        }
        var records: [[String]] = []
        while let record = reader.next() { records.append(record) }
        if let error = reader.error {
            return (
                nil,
                [
                    .error(
                        "the register cannot be read as CSV after row \(records.count) (\(error))",
                        at: SourceLocation(file: file, line: records.count + 1, column: 1),
                        hint: "save it from the spreadsheet as CSV")
                ]
            )
        }
        guard let header = records.first, header.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            return (
                nil,
                [
                    .error(
                        "the register is empty: the first row must name the columns",
                        at: SourceLocation(file: file, line: 1, column: 1),
                        hint: "export the register with a header row, such as UPN,Legal Surname,Legal Forename,…")
                ]
            )
        }
        var rows: [RegisterTable.Row] = []
        var problems: [Diagnostic] = []
        for (offset, record) in records.enumerated().dropFirst() {
            let number = offset + 1
            if record.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            if record.count > header.count, record[header.count...].contains(where: { !$0.isEmpty }) {
                problems.append(
                    .error(
                        "row \(number) has \(record.count) cells but the header has \(header.count)",
                        at: SourceLocation(file: file, line: number, column: header.count + 1),
                        hint:
                            "a value holding the separator '\(separator)' must be in double quotes; save the file again from the spreadsheet"
                    ))
                continue
            }
            let cells = Array(record.prefix(header.count)) + Array(repeating: "", count: max(0, header.count - record.count))
            rows.append(RegisterTable.Row(number: number, cells: cells.map { $0.trimmingCharacters(in: .whitespaces) }))
        }
        return (RegisterTable(header: header, rows: rows, encoding: encoding, separator: separator), problems)
    }

    /// UTF-8 (a byte order mark is dropped) or else Windows-1252; line ends become `\n`.
    func decode(_ bytes: [UInt8]) -> Result<(String, Encoding), Diagnostic> {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(
                .error(
                    "the register is saved as UTF-16 text, not CSV", at: SourceLocation(file: file, line: 1, column: 1),
                    hint: "save it from the spreadsheet as 'CSV UTF-8 (comma delimited)'"))
        }
        if case .success(let text) = TextDecoding.decode(bytes) {
            return .success((text, bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? .utf8BOM : .utf8))
        }
        if let text = String(bytes: bytes, encoding: .windowsCP1252) {
            return .success((text.replacingOccurrences(of: "\r\n", with: "\n"), .windows1252))
        }
        // The five bytes Windows-1252 leaves undefined: say where the first one is.
        let bad = bytes.firstIndex(where: { [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains($0) }) ?? 0
        let before = bytes[..<bad]
        let row = before.filter { $0 == 0x0A }.count + 1
        let column = bad - (before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
        return .failure(
            .error(
                String(format: "the register is neither UTF-8 nor Windows-1252 text (byte 0x%02X)", bytes[bad]),
                at: SourceLocation(file: file, line: row, column: column),
                hint: "save it from the spreadsheet as 'CSV UTF-8 (comma delimited)'"))
    }

    /// The separator the header line uses most: comma, semicolon or tab (comma when none).
    static func separator(of text: String) -> UnicodeScalar {
        var counts: [UnicodeScalar: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.toggle() }
            if scalar == "\n" && !quoted { break }
            if !quoted, counts[scalar] != nil { counts[scalar]! += 1 }
        }
        let best = counts.max { ($0.value, $0.key == "," ? 1 : 0) < ($1.value, $1.key == "," ? 1 : 0) }!
        return best.value > 0 ? best.key : ","
    }
}
