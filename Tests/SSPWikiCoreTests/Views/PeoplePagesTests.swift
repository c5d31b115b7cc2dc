import Testing
@testable import SSPWikiCore

/// Teachers, case holders and classes have pages listing their children; plans link to them.
@Suite("Staff and class pages")
struct PeoplePagesTests {
    @Test func aTeacherWrittenTwoWaysHasOnePageWithBothChildren() {
        let site = ViewsFixture()
        site.build()
        let patel = site.page("staff/mrs-j-patel.html")
        let teaches = ViewsFixture.part(patel, "id=\"teaches\"")
        #expect(teaches.contains("../plans/amy-khan.html") && teaches.contains("../plans/jacob-khan.html"))
        #expect(ViewsFixture.part(patel, "id=\"delivers\"").contains("Lunchtime check-in with Mrs J Patel"),
                "provision whose who names her")
        #expect(!site.exists("staff/mrs-j-patel-2.html"))
    }

    @Test func aCaseHolderPageListsTheirCaseload() {
        let site = ViewsFixture()
        site.build()
        let evans = site.page("staff/mr-d-evans.html")
        #expect(ViewsFixture.part(evans, "id=\"holds\"").contains("<a href=\"../plans/jacob-khan.html\">Jacob Khan</a>"))
        #expect(!evans.contains("Amy Khan"))
        let index = site.page("staff/index.html")
        #expect(index.contains("<a href=\"mr-d-evans.html\">Mr D Evans</a></th><td>Case holder</td><td class=\"num\">1</td>"))
    }

    @Test func plansLinkToTheirTeacherCaseHolderAndClass() {
        let site = ViewsFixture()
        site.build()
        let jacob = site.page("plans/jacob-khan.html")
        #expect(jacob.contains("<dt>Teacher</dt><dd><a href=\"../staff/mrs-j-patel.html\">Mrs J. Patel</a></dd>"))
        #expect(jacob.contains("<dt>Case holder</dt><dd><a href=\"../staff/mr-d-evans.html\">Mr D Evans</a></dd>"))
        #expect(jacob.contains("<dt>Class</dt><dd><a href=\"../classes/kestrels.html\">Kestrels</a></dd>"))
        #expect(site.page("index.html").contains("<td><a href=\"classes/kestrels.html\">Kestrels</a></td>"))
    }

    @Test func aClassPageListsActiveAndArchivedPlansSeparately() {
        let site = ViewsFixture()
        site.build()
        let kestrels = site.page("classes/kestrels.html")
        #expect(ViewsFixture.part(kestrels, "id=\"active\"").contains("Amy Khan"))
        #expect(kestrels.contains("<a href=\"../staff/mrs-j-patel.html\">"))
        let swifts = site.page("classes/swifts.html")
        #expect(ViewsFixture.part(swifts, "id=\"archived\"").contains("Olly Old") && !swifts.contains("id=\"active\""))
    }

    @Test func draftsGiveNobodyAPage() {
        let site = ViewsFixture()
        site.build()
        #expect(!site.exists("staff/ms-q-hidden.html") && !site.exists("classes/hidden-class.html"))
        #expect(!site.page("staff/index.html").contains("Hidden"))
    }
}
