import Foundation
import Testing

@testable import SSPWikiCore

/// `export register`: the register as the plans hold it.
@Suite struct RegisterExporterTests {
    static func export(_ fixture: Fixture) throws -> [String] {
        let model = try #require(fixture.analyse().model)
        return RegisterExporter().text(model).components(separatedBy: "\r\n")
    }

    @Test func eachPlanIsARowWithItsNeedsMappedBackToNeedTypes() throws {
        let fixture = Fixture(ImportContent.files) {
            $0["plans/amelia-khan.md"] = MinimalContent.plan
                .replacingOccurrences(of: "dob: 2017-03-14\n", with: "dob: 2017-03-14\nmis_id: A123\n")
                .replacingOccurrences(
                    of: "needs:\n",
                    with: "needs:\n  - indes: learning-cognition\n    level: 2\n  - indes: deafness\n    level: 1\n")
            $0["plans/old.md"] = MinimalContent.plan(name: "Archived Child", extra: "status: archived\n")
        }
        let lines = try Self.export(fixture)
        #expect(
            lines == [
                "MIS ID,Name,Known As,Date of Birth,Year Group,Class,SEN Status,SEN Need 1,SEN Need 2,SEN Need 3,Review Date,Plan Number,Plan Status,Plan",
                "A123,Amelia Khan,Amy,2017-03-14,3,Kestrels,K,SLCN,SPLD/MLD/SLD/PMLD,HI,2026-12-11,3,active,plans/amelia-khan.md",
                ",Jacob Khan,,2021-05-02,R,Kestrels,K,SLCN,,,2026-12-18,1,active,plans/jacob-khan.md",
                "",
            ])
    }

    @Test func textASpreadsheetWouldRunAsAFormulaIsWrittenAsText() throws {
        let fixture = Fixture(ImportContent.files) {
            $0["plans/jacob-khan.md"] = MinimalContent.secondPlan.replacingOccurrences(
                of: "name: Jacob Khan", with: "name: \"=HYPERLINK(\\\"x\\\")\"")
        }
        let lines = try Self.export(fixture)
        #expect(lines.contains { $0.hasPrefix(",\"'=HYPERLINK(\"\"x\"\")\",") })
    }

    @Test func anExportedRegisterImportsBackWithNothingToChange() throws {
        let fixture = Fixture(ImportContent.files)
        ImportContent.run(
            fixture.content,
            ImportContent.csv([
                ImportContent.amelia,
                ImportContent.row("J1", "Khan", "Jacob", dob: "01/05/2021", year: "R", needs: ["SLCN"]),
            ]))
        // Jacob's plan has no date of birth, so that row is left alone; Amelia's plan gets her identifier.
        let exported = try Self.export(fixture).joined(separator: "\r\n")
        let header = ["MIS ID", "Name", "Known As", "Date of Birth", "Year Group", "Class", "SEN Status", "SEN Need 1"]
        let amelia = try #require(exported.components(separatedBy: "\r\n").first { $0.hasPrefix("A123,") })
        let (again, problems) = ImportContent.prepare(
            fixture,
            ImportContent.csv(
                [Array(amelia.split(separator: ",", omittingEmptySubsequences: false).prefix(8).map(String.init))],
                header: header))
        #expect(problems.isEmpty)
        #expect(again?.unchanged == ["plans/amelia-khan.md"])
    }
}
