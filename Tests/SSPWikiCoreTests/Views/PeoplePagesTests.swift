import Testing

@testable import SSPWikiCore

/// Teachers, case holders and classes have pages listing their children; plans link to them.
@Suite("Staff and class pages")
struct PeoplePagesTests {
    @Test("a provision's `who` names the whole text and each person in its brackets")
    func namesInAWho() {
        #expect(
            PeopleIndex.names(in: "TA (Mrs D Haines and Mr O Pryce, Ms R Obi)")
                == ["TA (Mrs D Haines and Mr O Pryce, Ms R Obi)", "Mrs D Haines", "Mr O Pryce", "Ms R Obi"])
        #expect(
            PeopleIndex.names(in: "Teacher (Mr D Ferris, case holder) and SALT ( Ms A Sandland )")
                == [
                    "Teacher (Mr D Ferris, case holder) and SALT ( Ms A Sandland )", "Mr D Ferris", "case holder",
                    "Ms A Sandland",
                ])
        // "and" inside a word splits nothing; an empty part is no name.
        #expect(PeopleIndex.names(in: "SENDCo (Mrs Sandland and )") == ["SENDCo (Mrs Sandland and )", "Mrs Sandland"])
        #expect(PeopleIndex.names(in: "()") == ["()"])
        #expect(PeopleIndex.names(in: "Class teacher") == ["Class teacher"])
    }

    @Test("an ASCII `who` gives, over its bytes, the names the Character walk gives")
    func asciiNamesAreThoseOfTheCharacterWalk() {
        var generator = GeneratedTexts(seed: 7)
        let pieces = ["(", ")", ",", " and ", " ", "\t", "and", "a", "nd ", "Mrs D Haines", "\r\n", "TA"]
        let texts = generator.texts(4000, of: pieces, longest: 12) + ["", " and ", "( and )", "(a and)", "(and b)"]
        for text in texts {
            #expect(PeopleIndex.names(in: text) == PeopleIndex.characterNames(in: text), "\(text.debugDescription)")
        }
        // Not ASCII: the Character walk, where a bracket with a combining mark is no bracket.
        #expect(PeopleIndex.names(in: "TA (Mme Zo\u{E9})") == ["TA (Mme Zo\u{E9})", "Mme Zo\u{E9}"])
    }

    @Test func aTeacherWrittenTwoWaysHasOnePageWithBothChildren() {
        let site = Fixture(ViewsContent.files)
        site.buildExpectingSuccess()
        let patel = site.page("staff/mrs-j-patel.html")
        let teaches = sectionPart(patel, "id=\"teaches\"")
        #expect(teaches.contains("../plans/amy-khan.html") && teaches.contains("../plans/jacob-khan.html"))
        #expect(
            sectionPart(patel, "id=\"delivers\"").contains("Lunchtime check-in with Mrs J Patel"),
            "provision whose who names her")
        #expect(!site.siteHas("staff/mrs-j-patel-2.html"))
    }

    @Test func aCaseHolderPageListsTheirCaseload() {
        let site = Fixture(ViewsContent.files)
        site.buildExpectingSuccess()
        let evans = site.page("staff/mr-d-evans.html")
        #expect(sectionPart(evans, "id=\"holds\"").contains("<a href=\"../plans/jacob-khan.html\">Jacob Khan</a>"))
        #expect(!evans.contains("Amy Khan"))
        let index = site.page("staff/index.html")
        #expect(index.contains("<a href=\"mr-d-evans.html\">Mr D Evans</a></th><td>Case holder</td><td class=\"num\">1</td>"))
    }

    @Test func plansLinkToTheirTeacherCaseHolderAndClass() {
        let site = Fixture(ViewsContent.files)
        site.buildExpectingSuccess()
        let jacob = site.page("plans/jacob-khan.html")
        #expect(jacob.contains("<dt>Teacher</dt><dd><a href=\"../staff/mrs-j-patel.html\">Mrs J. Patel</a></dd>"))
        #expect(jacob.contains("<dt>Case holder</dt><dd><a href=\"../staff/mr-d-evans.html\">Mr D Evans</a></dd>"))
        #expect(jacob.contains("<dt>Class</dt><dd><a href=\"../classes/kestrels.html\">Kestrels</a></dd>"))
        #expect(site.page("index.html").contains("<td><a href=\"classes/kestrels.html\">Kestrels</a></td>"))
    }

    @Test func aClassPageListsActiveAndArchivedPlansSeparately() {
        let site = Fixture(ViewsContent.files)
        site.buildExpectingSuccess()
        let kestrels = site.page("classes/kestrels.html")
        #expect(sectionPart(kestrels, "id=\"active\"").contains("Amy Khan"))
        #expect(kestrels.contains("<a href=\"../staff/mrs-j-patel.html\">"))
        let swifts = site.page("classes/swifts.html")
        #expect(sectionPart(swifts, "id=\"archived\"").contains("Olly Old") && !swifts.contains("id=\"active\""))
    }

    @Test func draftsGiveNobodyAPage() {
        let site = Fixture(ViewsContent.files)
        site.buildExpectingSuccess()
        #expect(!site.siteHas("staff/ms-q-hidden.html") && !site.siteHas("classes/hidden-class.html"))
        #expect(!site.page("staff/index.html").contains("Hidden"))
    }
}
