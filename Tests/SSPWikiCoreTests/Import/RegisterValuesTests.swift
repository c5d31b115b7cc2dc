import Testing

@testable import SSPWikiCore

/// Cell values as MIS exports write them.
@Suite struct RegisterValuesTests {
    @Test func datesInUKOrderOrISOAreRead() {
        for text in ["02/10/2016", "2/10/2016", "02-10-2016", "02.10.2016", "2016-10-02", "02/10/2016 00:00:00"] {
            #expect(RegisterValues.day(text) == Day(iso: "2016-10-02"), "\(text)")
        }
    }

    @Test func impossibleOrAmbiguousDatesAreNotRead() {
        for text in ["31/02/2016", "29/02/2015", "2016/13/01", "10/2/16", "2 Oct 2016", ""] {
            #expect(RegisterValues.day(text) == nil, "\(text)")
        }
        #expect(RegisterValues.day("29/02/2016") == Day(iso: "2016-02-29"))
    }

    @Test func yearGroupsAsExportsWriteThem() {
        let read = [
            "R": YearGroup.reception, "Reception": .reception, "Year R": .reception, "N1": .nursery, "Nursery": .nursery,
            "5": .year(5), "Y5": .year(5), "Year 5": .year(5), "NC 11": .year(11), "year 14": .year(14),
        ]
        for (text, year) in read { #expect(RegisterValues.yearGroup(text) == year, "\(text)") }
        for text in ["Year 15", "0", "Y", "Class 5", "5B"] { #expect(RegisterValues.yearGroup(text) == nil, "\(text)") }
    }

    @Test func statusCodesAndWords() {
        #expect(
            RegisterValues.status("K") == .onRegister(.senSupport)
                && RegisterValues.status("sen support") == .onRegister(.senSupport))
        #expect(RegisterValues.status("e") == .onRegister(.ehcp) && RegisterValues.status("EHC Plan") == .onRegister(.ehcp))
        #expect(RegisterValues.status("N") == .notOnRegister && RegisterValues.status("") == .notOnRegister)
        #expect(RegisterValues.status("S") == nil && RegisterValues.status("A") == nil)
    }

    @Test func needCodesInOneCellKeepTheirRank() {
        #expect(RegisterValues.needCodes("slcn; Semh / ASD") == ["SLCN", "SEMH", "ASD"])
    }

    @Test func namesAreComparedWithoutCapitalsAccentsOrSpacing() {
        #expect(RegisterValues.nameKey("Zoë  O'Neil-Smith") == RegisterValues.nameKey("zoe o neil smith"))
        #expect(RegisterValues.fullName("KHAN,  Amelia") == "Amelia KHAN")
    }

    @Test func theNeedTypeMappingDefaultsAndItsWayBack() {
        let mapping = NeedTypeMapping(overrides: ["PD": ["physical"]])
        #expect(mapping.sections(for: "msi") == ["deafness", "vision"] && mapping.sections(for: "PD") == ["physical"])
        #expect(mapping.sections(for: "XYZ") == nil && mapping.sections(for: "OTH") == [])
        #expect(
            mapping.codes(for: "deafness") == ["HI"]
                && mapping.codes(for: "learning-cognition") == ["SPLD", "MLD", "SLD", "PMLD"])
    }
}
