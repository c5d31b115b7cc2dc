/// Reads the output of `git log --raw -z` written with `GitLogParser.format`.
///
/// Each commit starts with the byte 0x1E; its fields are separated by 0x1F and the message
/// ends with 0x1F followed by NUL. Then come the raw entries: `:mode mode blob blob STATUS`,
/// NUL, the path, NUL, and for renames a second path and NUL.
enum GitLogParser {
    /// The `--format` the parser expects: hash, parents, author, author date, message.
    static let format = "--format=%x1e%H%x1f%P%x1f%an%x1f%aI%x1f%B%x1f"

    /// One line of `--raw` output.
    struct Entry: Equatable {
        var oldMode: String
        var newMode: String
        var oldBlob: String
        var newBlob: String
        /// `A`, `M`, `D`, `R`, `T` …
        var status: Character
        var path: String
        /// The new path of a rename (`path` is then the old one).
        var renamedTo: String?
    }

    struct Record {
        var commit: Commit
        var entries: [Entry]
    }

    static let commitStart: UInt8 = 0x1E
    static let field: UInt8 = 0x1F

    static func parse(_ bytes: [UInt8]) -> [Record] {
        var records: [Record] = []
        var index = 0
        while let start = bytes[index...].firstIndex(of: commitStart) {
            let end = bytes[(start + 1)...].firstIndex(of: commitStart) ?? bytes.endIndex
            if let record = parseCommit(bytes[(start + 1)..<end], order: records.count) { records.append(record) }
            index = end
        }
        return records
    }

    private static func parseCommit(_ chunk: ArraySlice<UInt8>, order: Int) -> Record? {
        var fields: [String] = []
        var cursor = chunk.startIndex
        while fields.count < 4, let next = chunk[cursor...].firstIndex(of: field) {
            fields.append(String(decoding: chunk[cursor..<next], as: UTF8.self))
            cursor = next + 1
        }
        guard fields.count == 4, fields[0].count >= 40 else { return nil }
        // The message runs to the 0x1F that the format writes after it, followed by NUL.
        var messageEnd = chunk.endIndex
        var probe = cursor
        while let next = chunk[probe...].firstIndex(of: field) {
            if next + 1 >= chunk.endIndex || chunk[next + 1] == 0 {
                messageEnd = next
                break
            }
            probe = next + 1
        }
        let message = String(decoding: chunk[cursor..<messageEnd], as: UTF8.self)
        let commit = Commit(
            hash: fields[0], author: fields[2], dateISO: fields[3],
            message: message.trimmingWhitespaceAndNewlines(),
            isMerge: fields[1].split(separator: " ").count > 1, order: order)
        let raw = messageEnd < chunk.endIndex ? chunk[(messageEnd + 1)...] : []
        return Record(commit: commit, entries: entries(raw))
    }

    private static func entries(_ raw: ArraySlice<UInt8>) -> [Entry] {
        // Split on NUL: a header token starting with ':' is followed by one or two paths.
        let tokens = raw.split(separator: 0, omittingEmptySubsequences: false).map { token -> Substring in
            Substring(String(decoding: token, as: UTF8.self))
        }
        var entries: [Entry] = []
        var i = 0
        while i < tokens.count {
            let token = tokens[i].drop { $0 == "\n" }
            i += 1
            guard token.hasPrefix(":") else { continue }
            let parts = token.dropFirst().split(separator: " ")
            guard parts.count >= 5, let status = parts[4].first, i < tokens.count else { continue }
            var entry = Entry(
                oldMode: String(parts[0]), newMode: String(parts[1]), oldBlob: String(parts[2]),
                newBlob: String(parts[3]), status: status, path: String(tokens[i]), renamedTo: nil)
            i += 1
            if status == "R" || status == "C", i < tokens.count {
                entry.renamedTo = String(tokens[i])
                i += 1
            }
            entries.append(entry)
        }
        return entries
    }
}
