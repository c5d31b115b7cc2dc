import Testing

@testable import SSPWikiCore

@Suite("Markdown: heading ids")
struct HeadingIDTests {
    @Test func repeatedHeadingsGetNumberedIds() {
        let html = renderedBody("## Notes\nFirst.\n\n## Notes\nSecond.\n\n### Notes\nThird.\n")
        #expect(html.contains("<h2 id=\"notes\">Notes</h2>"))
        #expect(html.contains("<h2 id=\"notes-2\">Notes</h2>"))
        #expect(html.contains("<h3 id=\"notes-3\">Notes</h3>"))
    }

    @Test func idsAreTheSameOnEveryBuild() {
        let body = "# Big title\n\n## Meeting on 3 March\n\n#### Small *print*\n\n## Meeting on 3 March\n"
        let first = renderedBody(body)
        let second = renderedBody(body)
        #expect(first == second)
        #expect(ids(in: first) == ["big-title", "meeting-on-3-march", "small-print", "meeting-on-3-march-2"])
    }

    @Test func headingsInsideListsAndQuotesGetIdsToo() {
        let html = renderedBody("> ## Quoted heading\n\n- ### Listed heading\n")
        #expect(html.contains("<h2 id=\"quoted-heading\">Quoted heading</h2>"))
        #expect(html.contains("<h3 id=\"listed-heading\">Listed heading</h3>"))
    }

    @Test func aBodyUsingOnlySmallHeadingsIsLiftedSoNoLevelIsSkipped() {
        let html = renderedBody("Intro.\n\n### Detail\nText.\n\n#### Finer\n")
        #expect(html.contains("<h2 id=\"detail\">Detail</h2>"))
        #expect(html.contains("<h3 id=\"finer\">Finer</h3>"))
    }

    @Test func documentHeadingsAreRecordedWithTheirLine() throws {
        let fixture = Fixture(minimal: {
            $0["pages/test.md"] = MinimalContent.page(body: "Intro.\n\n## Notes\nText.\n\n### Detail\n")
        })
        let page = try #require(fixture.analyse().model?.pages.first { $0.id == "test" })
        #expect(
            page.document.headings == [
                .init(level: 2, text: "Notes", anchor: "notes"), .init(level: 3, text: "Detail", anchor: "detail"),
            ])
        #expect(page.document.sections.map(\.title) == [nil, "Notes"])
        #expect(page.document.sections.last?.line == 6)
    }

    @Test func idsOnAPlanPageAreUniqueWhenTheBodyHasItsOwnHeadings() throws {
        let (fixture, _) = builtSite {
            $0.edit(
                "plans/amelia-khan.md", replacing: "## Review notes", with: "## Notes\nOne.\n\n## Notes\nTwo.\n\n## Review notes")
        }
        let html = try #require(fixture.siteText("plans/amelia-khan.html"))
        #expect(html.contains("<h2 id=\"notes\">Notes</h2>"))
        #expect(html.contains("<h2 id=\"notes-2\">Notes</h2>"))
        let all = ids(in: html)
        #expect(Set(all).count == all.count, "repeated ids: \(all)")
    }

    @Test
    func aBodyHeadingNamedLikeAPlanSectionDoesNotRepeatAnId() throws {
        let (fixture, _) = builtSite {
            $0.edit(
                "plans/amelia-khan.md", replacing: "## Review notes",
                with: "## Targets\nOur own notes on targets.\n\n## Linked from\nx\n\n## Review notes")
        }
        let html = try #require(fixture.siteText("plans/amelia-khan.html"))
        let all = ids(in: html)
        #expect(Set(all).count == all.count, "repeated ids: \(all.filter { id in all.filter { $0 == id }.count > 1 })")
    }
}
