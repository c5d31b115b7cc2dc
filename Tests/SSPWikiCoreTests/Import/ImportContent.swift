import Foundation

@testable import SSPWikiCore

/// Content and registers for the import tests: the minimal content tree with an INDES section
/// for every need type's default mapping, and registers written as MIS exports write them.
enum ImportContent {
    /// The minimal tree plus the starter catalogue's other sections (levels 0–4).
    static var files: [String: String] {
        var files = MinimalContent.files
        for (id, title) in [
            ("semh", "Social, emotional and mental health"), ("learning-cognition", "Learning and cognition"),
            ("social-communication", "Social communication"), ("deafness", "Deafness"),
            ("vision", "Vision"), ("physical-medical", "Physical and medical"),
        ] {
            files["indes/\(id).md"] = MinimalContent.indesSection(
                title, levels: ["Typical", "Emerging", "Moderate", "Significant", "Complex"],
                body: "What \(title.lowercased()) needs look like.\n")
        }
        return files
    }

    /// A SIMS-style header: the order of `row`'s values.
    static let header = [
        "UPN", "Legal Surname", "Legal Forename", "Preferred Forename", "Date of Birth", "Year", "Reg Group",
        "SEN Status", "SEN Need 1", "SEN Need 2", "EAL", "Pupil Premium", "Looked After",
    ]

    /// One pupil's cells in `header` order.
    static func row(
        _ upn: String, _ surname: String, _ forename: String, preferred: String = "", dob: String,
        year: String = "", regGroup: String = "", status: String = "K", needs: [String] = [],
        eal: String = "N", pp: String = "N", lac: String = "N"
    ) -> [String] {
        [
            upn, surname, forename, preferred, dob, year, regGroup, status,
            needs.count > 0 ? needs[0] : "", needs.count > 1 ? needs[1] : "", eal, pp, lac,
        ]
    }

    /// Amelia Khan of the minimal tree exactly as her plan holds her.
    static let amelia = row(
        "A123", "Khan", "Amelia", preferred: "Amy", dob: "14/03/2017", year: "3", regGroup: "Kestrels",
        needs: ["SLCN"], eal: "Y", pp: "Y")

    /// The register as CSV with CRLF line ends, as spreadsheet programs write it.
    static func csv(_ rows: [[String]], header: [String] = header, separator: String = ",") -> String {
        ([header] + rows).map { $0.map { quoted($0, separator) }.joined(separator: separator) }.joined(separator: "\r\n") + "\r\n"
    }

    static func quoted(_ cell: String, _ separator: String) -> String {
        guard cell.contains(separator) || cell.contains("\"") || cell.contains("\n") else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Prepares an import of `register` into the fixture's content, as the register file `register.csv`.
    static func prepare(_ fixture: Fixture, _ register: String) -> (RegisterImport?, [Diagnostic]) {
        prepare(fixture.content, bytes: Array(register.utf8))
    }

    static func prepare(_ content: String, bytes: [UInt8]) -> (RegisterImport?, [Diagnostic]) {
        RegisterImporter(content: content, theme: Fixture.theme(), today: Fixture.today)
            .prepare(register: bytes, file: "register.csv")
    }

    /// Prepares and writes the import; records nothing itself.
    @discardableResult
    static func run(_ content: String, _ register: String) -> (RegisterImport?, [Diagnostic]) {
        let importer = RegisterImporter(content: content, theme: Fixture.theme(), today: Fixture.today)
        let (outcome, problems) = importer.prepare(register: Array(register.utf8), file: "register.csv")
        guard let outcome else { return (nil, problems) }
        return (outcome, problems + importer.write(outcome))
    }

    /// Every file under `folder` with its bytes.
    static func snapshot(_ folder: String) -> [String: Data] {
        Dictionary(
            uniqueKeysWithValues: Fixture.files(under: folder).map {
                ($0, FileManager.default.contents(atPath: folder + "/" + $0) ?? Data())
            })
    }

    static func text(_ content: String, _ path: String) -> String {
        (try? String(contentsOfFile: content + "/" + path, encoding: .utf8)) ?? ""
    }
}
