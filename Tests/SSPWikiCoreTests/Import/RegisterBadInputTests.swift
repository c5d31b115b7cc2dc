import Foundation
import Testing

@testable import SSPWikiCore

/// Every kind of bad register: each problem at `FILE:ROW:COLUMN` with a hint, all of them in
/// one run, and nothing written when there is any.
@Suite struct RegisterBadInputTests {
    static func at(_ row: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: "register.csv", line: row, column: column)
    }

    @Test func everyBadRowIsReportedInOneRunAndNothingIsWritten() {
        let fixture = Fixture(ImportContent.files)
        let before = ImportContent.snapshot(fixture.content)
        let rows = [
            ImportContent.row("R1", "Lamb", "Freddie", dob: "19/07/2019", status: "S"),
            ImportContent.row("R2", "Price", "Jayden", dob: "17/03/2016", needs: ["SPL"]),
            ImportContent.row("R3", "Reid", "Callum", dob: "31/02/2014"),
            ImportContent.row("R4", "Banks", "Theo", dob: "12/12/2013", needs: ["SEMH"]),
            ImportContent.row("R4", "Garner", "Ellis", dob: "24/11/2012"),
            ImportContent.row("R6", "Banks", "Theo", dob: "2013-12-12"),
            ImportContent.row("R7", "Rahman", "Nadia", dob: "08/04/2011", year: "Year 15"),
            ImportContent.row("R8", "Dunmore", "Oliver", dob: "30/01/2012", pp: "maybe"),
            ImportContent.row("", "Fairbrother", "Maisie", dob: "30/05/2018"),
            ImportContent.amelia,
        ]
        let (outcome, problems) = ImportContent.run(fixture.content, ImportContent.csv(rows))
        #expect(outcome == nil)
        #expect(
            problems == [
                .error("'SEN Status' has an unknown SEN status 'S'", at: Self.at(2, 8), hint: RegisterValues.statusHint),
                .error(
                    "'SEN Need 1' has an unknown SEN need type 'SPL'", at: Self.at(3, 9),
                    hint:
                        "did you mean 'SPLD'? the need types are SPLD, MLD, SLD, PMLD, SLCN, ASD, SEMH, HI, VI, MSI, PD, NSA, OTH"
                ),
                .error("'Date of Birth' is not a possible date: '31/02/2014'", at: Self.at(4, 5), hint: RegisterValues.dayHint),
                .error(
                    "pupil R4 is on the register twice: rows 5 and 6", at: Self.at(6, 1),
                    hint: "keep one row for each pupil; export the register again"),
                .error(
                    "Theo Banks, born 2013-12-12, is on the register twice: rows 5 and 7 give different identifiers",
                    at: Self.at(7, 1),
                    hint: "keep the row with the pupil's current identifier"),
                .error(
                    "'Year' is not a year group: 'Year 15'", at: Self.at(8, 6),
                    hint: "write N (Nursery), R (Reception) or a number from 1 to 14"),
                .error(
                    "'Pupil Premium' must be Y or N, not 'maybe'", at: Self.at(9, 12),
                    hint: "write Y (yes) or N (no), or leave the cell empty for no"),
                .error(
                    "row 10 has no pupil identifier (UPN or admission number)", at: Self.at(10, 1),
                    hint: "every row needs the pupil's identifier from the MIS"),
            ])
        #expect(ImportContent.snapshot(fixture.content) == before)
    }

    @Test func aMissingRequiredColumnIsReportedAtTheHeader() {
        let fixture = Fixture(ImportContent.files)
        let header = ImportContent.header.filter { $0 != "Date of Birth" }
        let (outcome, problems) = ImportContent.prepare(fixture, ImportContent.csv([], header: header))
        #expect(outcome == nil)
        #expect(
            problems == [
                .error(
                    "the register has no date of birth column (looked for 'Date of Birth', 'DOB', 'Birth Date', 'Birthdate' and others)",
                    at: Self.at(1, 1),
                    hint:
                        "add the column to the export, or name its header in site.yml under `import:` `columns:` as `dob: Your Header`"
                )
            ])
    }

    @Test func aRowWithMoreCellsThanTheHeaderIsReported() {
        let fixture = Fixture(ImportContent.files)
        let text = ImportContent.csv([ImportContent.amelia]) + "B1,Cole,Harriet,,02/10/2016,5,Otters,K,SLCN,,N,N,N,extra\r\n"
        let (_, problems) = ImportContent.prepare(fixture, text)
        #expect(
            problems == [
                .error(
                    "row 3 has 14 cells but the header has 13", at: Self.at(3, 14),
                    hint: "a value holding the separator ',' must be in double quotes; save the file again from the spreadsheet")
            ])
    }

    @Test func aFileThatIsNeitherUTF8NorWindows1252IsReportedAtTheByte() {
        let fixture = Fixture(ImportContent.files)
        let bytes = Array("UPN,Name\r\nA1,Zo".utf8) + [0x81] + Array("\r\n".utf8)
        let (_, problems) = ImportContent.prepare(fixture.content, bytes: bytes)
        #expect(
            problems == [
                .error(
                    "the register is neither UTF-8 nor Windows-1252 text (byte 0x81)", at: Self.at(2, 6),
                    hint: "save it from the spreadsheet as 'CSV UTF-8 (comma delimited)'")
            ])
    }

    @Test func aUTF16FileIsReported() {
        let fixture = Fixture(ImportContent.files)
        let (_, problems) = ImportContent.prepare(fixture.content, bytes: [0xFF, 0xFE] + Array("U\0P\0N\0".utf8))
        #expect(problems.map(\.message) == ["the register is saved as UTF-16 text, not CSV"])
    }

    @Test func contentWithErrorsStopsTheImport() {
        let fixture = Fixture(ImportContent.files) {
            $0["plans/jacob-khan.md"] = MinimalContent.secondPlan.replacingOccurrences(
                of: "stage: sen-support", with: "stage: sen-suport")
        }
        let before = ImportContent.snapshot(fixture.content)
        let (outcome, problems) = ImportContent.run(fixture.content, ImportContent.csv([ImportContent.amelia]))
        #expect(outcome == nil)
        #expect(problems.map(\.file) == ["plans/jacob-khan.md"] && problems.hasErrors)
        #expect(ImportContent.snapshot(fixture.content) == before)
    }
}
