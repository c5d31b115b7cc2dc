import Foundation
import Testing

@testable import SSPWikiCore

/// A school-sized register: 150 generated rows imported into a copy of a small valid content
/// folder, whose result must build with no errors.
@Suite struct LargeRegisterTests {
    @Test func a150RowRegisterImportsIntoASmallContentFolderAndTheResultBuilds() throws {
        let fixture = Fixture(ImportContent.files)
        try LargeRegister.importAndBuild(content: fixture.content, output: fixture.output)
    }
}

/// A generated register and the checks of importing it, for any content folder that has the
/// starter catalogue's INDES sections (also used on a folder made by `sspwiki init`).
enum LargeRegister {
    static let forenames = [
        "Amara", "Ben", "Chloé", "Dev", "Ellie", "Finn", "Grace", "Hamza", "Isla", "Jack",
        "Keira", "Leo", "Maya", "Noah", "Olivia", "Priya", "Quinn", "Rory", "Sofia", "Zoë",
    ]
    static let surnames = [
        "Adams", "Begum", "Clarke", "O'Brien", "Evans", "Fraser", "Gill", "Hughes", "Iqbal", "Jones",
        "Kowalczyk", "Lewis", "Mensah", "Nowak-Smith",
    ]
    static let needs = ["SPLD", "MLD", "SLD", "PMLD", "SLCN", "ASD", "SEMH", "HI", "VI", "MSI", "PD", "OTH"]
    static let years = ["N", "R", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"]

    /// `count` rows: every seventh pupil has left the SEN register (N), every fifth has an EHC plan.
    static func rows(_ count: Int) -> [[String]] {
        (0..<count).map { i in
            let year = years[i % years.count]
            let age = year == "N" ? 3 : year == "R" ? 4 : 4 + Int(year)!
            let dob = String(format: "%02d/%02d/%04d", 1 + i % 28, 1 + i % 12, 2026 - age - 1)
            let status = i % 7 == 6 ? "N" : i % 5 == 4 ? "E" : "K"
            let first = needs[i % needs.count]
            let second = i % 3 == 0 ? needs[(i * 5 + 3) % needs.count] : ""
            return ImportContent.row(
                String(format: "T%012d", i), surnames[i / forenames.count % surnames.count],
                forenames[i % forenames.count], preferred: i % 9 == 0 ? "Sunny" : "", dob: dob,
                year: year, regGroup: "\(year)\(["A", "B"][i % 2])", status: status,
                needs: first == second ? [first] : [first, second],
                eal: i % 4 == 0 ? "Y" : "N", pp: i % 3 == 1 ? "Y" : "N", lac: i % 25 == 0 ? "Y" : "N")
        }
    }

    /// Imports 150 rows into `content`, builds it into `output` with no errors, checks a second
    /// import changes nothing, and returns what the first import did.
    @discardableResult
    static func importAndBuild(
        content: String, output: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> RegisterImport {
        let register = ImportContent.csv(rows(150))
        let plansBefore = Fixture.files(under: content + "/plans").count
        let (outcome, problems) = ImportContent.run(content, register)
        let result = try #require(outcome, "\(Fixture.formatted(problems))", sourceLocation: sourceLocation)
        #expect(!problems.hasErrors, sourceLocation: sourceLocation)
        let onRegister = rows(150).filter { $0[7] != "N" }.count
        #expect(result.created.count == onRegister, sourceLocation: sourceLocation)
        #expect(Fixture.files(under: content + "/plans").count == plansBefore + onRegister, sourceLocation: sourceLocation)
        let report = SiteBuilder().build(
            BuildOptions(
                content: content, output: output, themeDirectories: [Fixture.defaultTheme],
                today: Fixture.today))
        #expect(report.succeeded, "\(Fixture.formatted(report.diagnostics))", sourceLocation: sourceLocation)
        #expect(!report.diagnostics.hasErrors, sourceLocation: sourceLocation)
        let (again, _) = ImportContent.prepare(content, bytes: Array(register.utf8))
        #expect(again?.changesNothing == true && again?.unchanged.count == onRegister, sourceLocation: sourceLocation)
        return result
    }
}
