import Foundation
import Testing

@testable import SSPWikiCore

/// Header names of the common MIS exports, and `import: columns:` in site.yml.
@Suite struct RegisterColumnsTests {
    /// The same three pupils' values under each export's headers.
    static let exports: [(name: String, header: [String])] = [
        (
            "SIMS",
            [
                "UPN", "Legal Surname", "Legal Forename", "Preferred Forename", "DOB", "Year", "Reg Group", "SEN Status",
                "SEN Need 1", "SEN Need 2", "EAL", "FSM", "Looked After",
            ]
        ),
        (
            "Arbor",
            [
                "Arbor Student ID", "Last Name", "First Name", "Preferred Name", "Date of Birth", "Year Group",
                "Registration Form",
                "SEN Status", "Primary Need", "Secondary Need", "EAL Status", "Pupil Premium", "Child Looked After",
            ]
        ),
        (
            "Bromcom",
            [
                "Admission No", "surname", "forename", "preferred forename", "Birth Date", "NC Year", "Tutor Group", "SEN Stage",
                "SEN Need Type 1", "SEN Need Type 2", "English as an Additional Language", "Pupil Premium Indicator", "In Care",
            ]
        ),
        (
            "ScholarPack",
            [
                "pupil_id", "SURNAME", "FORENAME", "KNOWN_AS", "D.O.B.", "CURRICULUM_YEAR", "CLASS", "SEN_PROVISION",
                "PRIMARY_NEED", "SECONDARY_NEED", "EAL", "PP", "CLA",
            ]
        ),
    ]

    @Test(arguments: exports.map(\.name)) func eachExportsHeadersAreRecognised(name: String) throws {
        let header = try #require(Self.exports.first { $0.name == name }).header
        var settings = RegisterSettings()
        // "Registration Form" and "pupil_id" are not among the usual headers: site.yml names them.
        if name == "Arbor" { settings.columns["class"] = "Registration Form" }
        if name == "ScholarPack" { settings.columns["mis_id"] = "Pupil ID" }
        let (columns, problems) = RegisterColumns.find(header: header, settings: settings, file: "register.csv")
        #expect(problems.isEmpty)
        let fields: [RegisterField] = [
            .misID, .surname, .forename, .preferredForename, .dob, .yearGroup, .className, .senStatus,
            .need1, .need2, .eal, .pupilPremium, .childInCare,
        ]
        #expect(fields.map { columns[$0] } == Array(0..<13).map(Optional.some))
    }

    @Test func aHeaderNamedInSiteYmlIsUsedAndTheImportRunsThroughIt() {
        let fixture = Fixture(ImportContent.files) {
            $0["site.yml"] = MinimalContent.site + "import:\n  columns:\n    mis_id: Pupil Ref\n    class: Registration Form\n"
        }
        let header = ImportContent.header.map { $0 == "UPN" ? "Pupil Ref" : $0 == "Reg Group" ? "Registration Form" : $0 }
        var amelia = ImportContent.amelia
        amelia[6] = "Otters"
        let (outcome, problems) = ImportContent.prepare(fixture, ImportContent.csv([amelia], header: header))
        #expect(problems.isEmpty)
        #expect(outcome?.updated.first?.changes == ["mis_id: added A123", "class: Kestrels → Otters"])
    }

    @Test func aHeaderNamedInSiteYmlThatTheExportLacksIsReported() {
        let fixture = Fixture(ImportContent.files) {
            $0["site.yml"] = MinimalContent.site + "import:\n  columns:\n    dob: Birthday\n"
        }
        let (_, problems) = ImportContent.prepare(fixture, ImportContent.csv([ImportContent.amelia]))
        #expect(
            problems == [
                .error(
                    "the register has no date of birth column (site.yml names its header 'Birthday')",
                    at: SourceLocation(file: "register.csv", line: 1, column: 1),
                    hint:
                        "add the column to the export, or name its header in site.yml under `import:` `columns:` as `dob: Your Header`"
                )
            ])
    }

    @Test func oneFullNameColumnWritten_SurnameCommaForename_IsTurnedRound() {
        let fixture = Fixture(ImportContent.files)
        let header = ["UPN", "Name", "DOB", "SEN Status", "SEN Needs"]
        let (outcome, problems) = ImportContent.prepare(
            fixture,
            ImportContent.csv(
                [
                    ["A123", "KHAN, Amelia", "14/03/2017", "K", "SLCN"], ["B7", "Garner, Ellis", "24/11/2012", "E", "ASD, SEMH"],
                ], header: header))
        #expect(problems.isEmpty)
        #expect(outcome?.updated.map(\.path) == ["plans/amelia-khan.md"])
        #expect(outcome?.created.map(\.name) == ["Ellis Garner"])
    }

    @Test func siteYmlImportSettingsAreCheckedWhenTheSiteIsRead() {
        let fixture = Fixture(MinimalContent.files) {
            $0["site.yml"] = MinimalContent.site + "import:\n  columns:\n    dobb: Birthday\n  needs:\n    PD: Physical Needs\n"
        }
        let messages = fixture.analyse().diagnostics.filter { $0.file == "site.yml" }.map(\.message)
        #expect(
            messages == [
                "unknown field 'import.columns.dobb' in the register columns is ignored",
                "'import.needs.PD[0]' is not an INDES section id: 'Physical Needs'",
            ])
    }
}
