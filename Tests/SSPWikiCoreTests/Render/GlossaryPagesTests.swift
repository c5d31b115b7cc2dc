import Testing

@testable import SSPWikiCore

/// Each term's first use on a page links to its glossary entry; the glossary lists the pages using it.
@Suite("Glossary markup and usage")
struct GlossaryPagesTests {
    @Test func theFirstUseOfATermOfSeveralWordsIsExplainedAsWritten() {
        let site = Fixture(ViewsContent.files)
        site.buildExpectingSuccess()
        let html = site.page("plans/amy-khan.html")
        #expect(
            html.contains(
                "<abbr title=\"The member of staff who holds a pupil&#39;s plan\"><a class=\"term\" href=\"../glossary.html#term-case-holder\">case holder</a></abbr>"
            ))
        #expect(
            html.contains(
                "<abbr title=\"Extra funding for some pupils\"><a class=\"term\" href=\"../glossary.html#term-pupil-premium\">Pupil premium</a></abbr>"
            ))
        #expect(
            html.contains(
                "I see the <abbr title=\"Speech and language therapist\"><a class=\"term\" href=\"../glossary.html#term-salt\">SALT</a></abbr> with"
            ))
        #expect(html.contains("The SALT is kind."), "only the first use is marked")
    }

    @Test func theGlossaryListsThePagesUsingEachTerm() {
        let site = Fixture(ViewsContent.files)
        site.buildExpectingSuccess()
        let html = site.page("glossary.html")
        func entry(_ anchor: String) -> String {
            let part = sectionPart(html, "id=\"\(anchor)\"")
            return String(part[..<(part.range(of: "</div>")?.upperBound ?? part.endIndex)])
        }
        let salt = entry("term-salt")
        #expect(salt.contains("Used on 1 page") && salt.contains("<a href=\"plans/amy-khan.html\">Amy Khan</a>"))
        // TA is used only in front matter (who: TA (Mrs Hill)); that counts too.
        let ta = entry("term-ta")
        #expect(ta.contains("<a href=\"plans/amy-khan.html\">Amy Khan</a>") && !ta.contains("Jacob"))
        #expect(!html.contains("Della Draft"))
        #expect(entry("term-pupil-premium").contains("Used on 1 page"), "used in Amy's body")
        #expect(entry("term-salt").hasSuffix("</ul></details></dd></div>"))
        for term in ["term-salt", "term-ta", "term-case-holder", "term-pupil-premium"] {
            #expect(html.contains("id=\"\(term)\""))
        }
    }

    @Test func aTermNoPageUsesHasOnlyItsMeaning() {
        let site = Fixture(ViewsContent.files) { $0["glossary.yml"]! += "OT: Occupational therapist\n" }
        site.buildExpectingSuccess()
        #expect(
            site.page("glossary.html").contains(
                "<div id=\"term-ot\"><dt><abbr title=\"Occupational therapist\">OT</abbr></dt><dd>Occupational therapist</dd></div>"
            ))
    }
}
