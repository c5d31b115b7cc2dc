import Testing
@testable import SSPWikiCore

/// Each term's first use on a page links to its glossary entry; the glossary lists the pages using it.
@Suite("Glossary markup and usage")
struct GlossaryPagesTests {
    @Test func theFirstUseOfATermOfSeveralWordsIsExplainedAsWritten() {
        let site = ViewsFixture()
        site.build()
        let html = site.page("plans/amy-khan.html")
        #expect(html.contains("<abbr title=\"The member of staff who holds a pupil&#39;s plan\"><a class=\"term\" href=\"../glossary.html#term-case-holder\">case holder</a></abbr>"))
        #expect(html.contains("<abbr title=\"Extra funding for some pupils\"><a class=\"term\" href=\"../glossary.html#term-pupil-premium\">Pupil premium</a></abbr>"))
        #expect(html.contains("I see the <abbr title=\"Speech and language therapist\"><a class=\"term\" href=\"../glossary.html#term-salt\">SALT</a></abbr> with"))
        #expect(html.contains("The SALT is kind."), "only the first use is marked")
    }

    @Test func theGlossaryListsThePagesUsingEachTerm() {
        let site = ViewsFixture()
        site.build()
        let html = site.page("glossary.html")
        let salt = ViewsFixture.part(html, "id=\"term-salt\"")
        #expect(salt.contains("Used on 1 page") && salt.contains("<a href=\"plans/amy-khan.html\">Amy Khan</a>"))
        // TA is used only in front matter (who: TA (Mrs Hill)); that counts too.
        let ta = ViewsFixture.part(html, "id=\"term-ta\"")
        #expect(ta.contains("<a href=\"plans/amy-khan.html\">Amy Khan</a>") && !ta.contains("Jacob"))
        #expect(!html.contains("Della Draft"))
        for term in ["term-salt", "term-ta", "term-case-holder", "term-pupil-premium"] { #expect(html.contains("id=\"\(term)\"")) }
    }
}
