import Testing

@testable import SSPWikiCore

/// A glossary term's first use on a page is explained where it stands.
@Suite("Markdown: glossary terms")
struct GlossaryTermTests {
    @Test func theFirstUseOfATermIsExplainedAndLaterUsesAreNot() {
        let html = renderedBody("The SALT visits on Monday. The SALT also writes a report.\n\nAsk the ELSA.\n")
        let salt =
            "<abbr title=\"Speech and Language Therapist\"><a class=\"term\" href=\"../glossary.html#term-salt\">SALT</a></abbr>"
        #expect(html.contains("The \(salt) visits on Monday. The SALT also writes a report."))
        #expect(html.contains("<abbr title=\"Emotional Literacy Support Assistant\">"))
        #expect(matches(of: "(<abbr)", in: html).count == 2)
    }

    @Test func termsAreMatchedAsWholeWordsWithTheirCase() {
        let html = renderedBody("SALTY snacks, salt and SALTs are not terms.\n")
        #expect(!html.contains("<abbr"))
    }

    @Test func termsInCodeLinksAndHeadingsAreNotMarked() {
        let html = renderedBody("## SALT\n\n`SALT` and [SALT](https://example.org) and [[jacob-khan|SALT]]\n")
        #expect(!html.contains("<abbr"))
    }

    @Test func aTermIsExplainedOncePerPage() throws {
        let (fixture, _) = builtSite {
            $0.edit("plans/amelia-khan.md", replacing: "I like drawing and horses.", with: "I see the SALT on Fridays.")
            $0.edit("plans/amelia-khan.md", replacing: "Reviewed with Mum.", with: "Reviewed with Mum and the SALT.")
            $0["pages/apdr-calendar.md"] = MinimalContent.page(body: "The SALT joins reviews.\n")
        }
        let plan = try #require(fixture.siteText("plans/amelia-khan.html"))
        #expect(matches(of: "(<abbr title=\"Speech and Language Therapist\">)", in: plan).count == 1)
        #expect(plan.contains("Reviewed with Mum and the SALT."))
        let page = try #require(fixture.siteText("pages/apdr-calendar.html"))
        #expect(page.contains("The <abbr title=\"Speech and Language Therapist\">"))
    }

    @Test func theGlossaryPageListsEveryTerm() throws {
        let (fixture, _) = builtSite()
        let html = try #require(fixture.siteText("glossary.html"))
        #expect(
            html.contains(
                "<div id=\"term-elsa\"><dt><abbr title=\"Emotional Literacy Support Assistant\">ELSA</abbr></dt><dd>Emotional Literacy Support Assistant</dd></div>"
            ))
        #expect(html.contains("<div id=\"term-salt\">"))
        #expect(html.range(of: "term-elsa")!.lowerBound < html.range(of: "term-salt")!.lowerBound)
    }
}
