import Testing

@testable import SSPWikiCore

/// "Linked from" on every kind of page, from bodies and front matter, and related plans both ways.
@Suite("Cross-links: backlinks and related plans")
struct CrossLinkTests {
    @Test func backlinksGoBothWaysBetweenAPlanAndAPage() {
        let site = Fixture(ViewsContent.files)
        site.buildExpectingSuccess()
        let amy = sectionPart(site.page("plans/amy-khan.html"), "id=\"linked-from\"")
        #expect(amy.contains("<a href=\"../pages/reviews-guide.html\">How we review plans</a> <span class=\"muted\">Page</span>"))
        let guide = sectionPart(site.page("pages/reviews-guide.html"), "id=\"linked-from\"")
        #expect(guide.contains("<a href=\"../plans/amy-khan.html\">Amy Khan</a> <span class=\"muted\">Plan</span>"))
    }

    @Test func frontMatterLinksShowOnCataloguePages() {
        let site = Fixture(ViewsContent.files)
        site.buildExpectingSuccess()
        let indes = sectionPart(site.page("indes/speech-language.html"), "id=\"linked-from\"")
        for source in ["../plans/amy-khan.html", "../plans/jacob-khan.html", "../pages/reviews-guide.html"] {
            #expect(indes.contains("href=\"\(source)\""), "\(source)")
        }
        let peass = sectionPart(site.page("peass/language-group.html"), "id=\"linked-from\"")
        #expect(peass.contains("../plans/amy-khan.html") && peass.contains("../plans/jacob-khan.html"))
        #expect(!site.page("peass/visual-timetable.html").contains("jacob-khan.html"))
    }

    @Test func aLevelLinkLandsOnThatLevel() {
        let site = Fixture(ViewsContent.files)
        site.buildExpectingSuccess()
        #expect(site.page("pages/reviews-guide.html").contains("href=\"../indes/speech-language.html#level-3\""))
        #expect(site.page("indes/speech-language.html").contains("<section class=\"level\" id=\"level-3\""))
    }

    @Test func relatedPlansAreSymmetricWhenOnlyOneListsTheOther() {
        let (model, graph, _) = Fixture(ViewsContent.files).analyse()
        #expect(model?.plans.first { $0.id == "jacob-khan" }?.related == [])
        #expect(graph.relatedPlans(of: "amy-khan") == ["jacob-khan"])
        #expect(graph.relatedPlans(of: "jacob-khan") == ["amy-khan"])
        let site = Fixture(ViewsContent.files)
        site.buildExpectingSuccess()
        #expect(
            site.page("plans/jacob-khan.html").contains(
                "<dt>Related plans</dt><dd><ul class=\"inline\"><li><a href=\"../plans/amy-khan.html\">Amy Khan</a></li>"))
        #expect(
            site.page("plans/amy-khan.html").contains(
                "<dt>Related plans</dt><dd><ul class=\"inline\"><li><a href=\"../plans/jacob-khan.html\">Jacob Khan</a></li>"))
    }

    @Test func plansListingEachOtherAreRelatedOnce() {
        let (_, graph, _) = Fixture(ViewsContent.files) {
            $0["plans/jacob-khan.md"] = $0["plans/jacob-khan.md"]!.replacingOccurrences(
                of: "year_group: R", with: "year_group: R\nrelated: [amy-khan]")
        }.analyse()
        #expect(graph.relatedPlans(of: "amy-khan") == ["jacob-khan"])
        #expect(graph.relatedPlans(of: "jacob-khan") == ["amy-khan"])
    }
}
