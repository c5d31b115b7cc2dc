import Testing

@testable import SSPWikiCore

@Suite("YearGroup: N, R or 1–14")
struct YearGroupTests {
    @Test func nurseryReceptionAndNumberedYears() {
        #expect(YearGroup(parsing: "N") == .nursery)
        #expect(YearGroup(parsing: "r") == .reception)
        #expect(YearGroup(parsing: "1") == .year(1))
        #expect(YearGroup(parsing: "14") == .year(14))
    }

    @Test(arguments: ["0", "15", "Y3", "Year 3", "", "-1", "3.5"])
    func otherValuesAreRejected(_ text: String) {
        #expect(YearGroup(parsing: text) == nil)
    }

    @Test func orderAndNames() {
        #expect([YearGroup.year(2), .reception, .nursery, .year(11)].sorted() == [.nursery, .reception, .year(2), .year(11)])
        #expect(YearGroup.nursery.description == "Nursery")
        #expect(YearGroup.reception.description == "Reception")
        #expect(YearGroup.year(7).description == "Year 7")
        #expect(YearGroup.reception.code == "R")
        #expect(YearGroup.year(7).code == "7")
    }
}
