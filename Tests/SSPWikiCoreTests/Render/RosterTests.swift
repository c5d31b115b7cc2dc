import Testing

@testable import SSPWikiCore

/// INDES pages list the active children at each level; PEaSS pages list who receives the entry.
@Suite("Rosters on INDES and PEaSS pages")
struct RosterTests {
    @Test func anIndesLevelListsItsActiveChildrenWithTheirSummaries() {
        let site = Fixture(ViewsContent.files)
        site.buildExpectingSuccess()
        let html = site.page("indes/speech-language.html")
        let level3 = sectionPart(html, "id=\"level-3\"")
        #expect(level3.contains("(1 active)"))
        #expect(
            level3.contains(
                "<a href=\"../plans/amy-khan.html\">Amy Khan</a> <span class=\"badge\">primary</span>: Finds spoken instructions hard to follow"
            ))
        let level1 = sectionPart(html, "id=\"level-1\"")
        #expect(level1.contains("../plans/jacob-khan.html") && !level1.contains("Amy"))
        let semh = sectionPart(site.page("indes/semh.html"), "id=\"level-2\"")
        #expect(semh.contains("(0 active)") && !semh.contains("Olly"), "archived plans are not on the roster")
    }

    @Test func aPeassEntryListsWhoReceivesItHowOftenAndForHowLong() {
        let site = Fixture(ViewsContent.files)
        site.buildExpectingSuccess()
        let receiving = sectionPart(site.page("peass/language-group.html"), "id=\"receiving\"")
        #expect(
            receiving.contains(
                "<th scope=\"row\"><a href=\"../plans/amy-khan.html\">Amy Khan</a></th><td>TA (Mrs Hill)</td><td>3 times a week</td><td>20</td>"
            ))
        #expect(
            receiving.contains(
                "<th scope=\"row\"><a href=\"../plans/jacob-khan.html\">Jacob Khan</a></th><td>Speech and language therapist (NHS)</td><td>when needed</td><td>20</td>"
            ))
    }
}
