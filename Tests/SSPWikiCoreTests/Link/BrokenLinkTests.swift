import Testing

@testable import SSPWikiCore

@Suite("Broken [[links]]")
struct BrokenLinkTests {
    @Test func aLinkToNothingIsAnErrorAtTheLinksOwnLineAndColumn() {
        let body = "Amy's plan.\n\nShe sits with her brother,\nsee the plan of [[jacob-kahn]] for details.\n"
        let diagnostics = rejectedBuild {
            $0.edit("plans/amelia-khan.md", replacing: "Amy's plan for the autumn term.\n", with: body)
        }
        let line = position(of: "Amy's plan for", in: MinimalContent.plan).line + 3
        let error = single(diagnostics, "plans/amelia-khan.md", "'[[jacob-kahn]]' links to a page that does not exist")
        #expect(error?.severity == .error)
        #expect(error?.location == SourceLocation(file: "plans/amelia-khan.md", line: line, column: 17))
        #expect(error?.hint == "did you mean 'jacob-khan'?")
    }

    @Test func everyBrokenLinkOnAPageIsReported() {
        let body = "First [[nobody]].\n\n- a list item with [[page:missing-page]]\n- and [[indes:hearing/2]]\n"
        let diagnostics = rejectedBuild { $0.write("pages/links.md", MinimalContent.page(body: body)) }
        #expect(
            single(diagnostics, "pages/links.md", "'[[nobody]]' links to a page")?.location
                == SourceLocation(file: "pages/links.md", line: 4, column: 7))
        #expect(
            single(diagnostics, "pages/links.md", "'[[page:missing-page]]' links to a page")?.location
                == SourceLocation(file: "pages/links.md", line: 6, column: 20))
        #expect(
            single(diagnostics, "pages/links.md", "'[[indes:hearing/2]]' links to a page")?.location
                == SourceLocation(file: "pages/links.md", line: 7, column: 7))
    }

    @Test func aLinkOfTheWrongKindIsBroken() {
        let diagnostics = rejectedBuild { $0.write("pages/links.md", MinimalContent.page(body: "See [[page:jacob-khan]].\n")) }
        #expect(
            single(diagnostics, "pages/links.md", "'[[page:jacob-khan]]' links to a page that does not exist")?.severity == .error
        )
    }

    @Test func anUnknownKindOfPageSuggestsTheRightOne() {
        let diagnostics = rejectedBuild { $0.write("pages/links.md", MinimalContent.page(body: "See [[plam:jacob-khan]].\n")) }
        let error = single(diagnostics, "pages/links.md", "uses an unknown kind of page 'plam'")
        #expect(error?.location == SourceLocation(file: "pages/links.md", line: 4, column: 5))
        #expect(error?.hint == "did you mean 'plan'?")
    }

    @Test func aLevelThatIsNotOnTheScaleIsBroken() {
        let diagnostics = rejectedBuild {
            $0.write("pages/links.md", MinimalContent.page(body: "See [[indes:speech-language/9]].\n"))
        }
        let error = single(diagnostics, "pages/links.md", "INDES section 'speech-language' has no level 9")
        #expect(error?.hint == "use one of the levels 0, 1, 2, 3, 4")
    }

    @Test func onlyIndesSectionsHaveLevels() {
        let diagnostics = rejectedBuild { $0.write("pages/links.md", MinimalContent.page(body: "See [[jacob-khan/2]].\n")) }
        #expect(single(diagnostics, "pages/links.md", "only INDES sections have levels")?.severity == .error)
    }

    @Test func aPublishedPageMayNotLinkToADraft() {
        let diagnostics = rejectedBuild { fixture in
            fixture.write("plans/draft-child.md", MinimalContent.plan(name: "Draft Child", extra: "status: draft\n"))
            fixture.write("pages/links.md", MinimalContent.page(body: "See [[draft-child]].\n"))
        }
        let error = single(diagnostics, "pages/links.md", "links to a draft plan, which is not published")
        #expect(error?.location == SourceLocation(file: "pages/links.md", line: 4, column: 5))
    }

    @Test func linksInsideCodeAreNotCheckedAndNotLinks() {
        let body = "Write `[[nobody]]` to link.\n\n```\n[[also-nobody]]\n```\n\n    [[indented-nobody]]\n"
        let html = renderedBody(body)
        #expect(html.contains("<code>[[nobody]]</code>"))
        #expect(html.contains("[[also-nobody]]"))
        #expect(html.contains("[[indented-nobody]]"))
        #expect(!html.contains("<a "))
    }
}
