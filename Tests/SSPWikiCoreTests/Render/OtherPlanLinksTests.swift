import Testing

@testable import SSPWikiCore

/// `other_plans` may name the page or plan in the content that holds it: shown as a link and
/// checked like any `[[…]]` link.
@Suite("Links from other_plans")
struct OtherPlanLinksTests {
    static let file = "plans/amelia-khan.md"

    func withLink(_ value: String) -> (inout [String: String]) -> Void {
        { files in
            files.edit(
                Self.file, replacing: "    note: Held by the school office\n",
                with: "    note: Held by the school office\n    link: \(value)\n")
        }
    }

    @Test(arguments: ["\"[[page:apdr-calendar]]\"", "page:apdr-calendar", "apdr-calendar"])
    func aLinkedOtherPlanIsShownAsALinkAndLinksBack(value: String) throws {
        let (fixture, _) = builtSite(withLink(value))
        let html = try #require(fixture.siteText("plans/amelia-khan.html"))
        #expect(fact(html, "Other plans") == "Individual Health Care Plan: Held by the school office")
        #expect(
            html.contains(
                "<li><a href=\"../pages/apdr-calendar.html\">Individual Health Care Plan</a>: Held by the school office</li>"))
        let page = try #require(fixture.siteText("pages/apdr-calendar.html"))
        #expect(section(page, "class=\"linked-from\"").contains("<a href=\"../plans/amelia-khan.html\">Amelia Khan</a>"))
    }

    @Test func aLinkToNothingIsAnErrorAtTheLinkWithADidYouMean() throws {
        let diagnostics = rejectedBuild { fixture in
            fixture.edit(
                Self.file, replacing: "    note: Held by the school office\n",
                with: "    note: Held by the school office\n    link: \"[[page:apdr-calender]]\"\n")
        }
        let text = MinimalContent.plan.replacingOccurrences(
            of: "    note: Held by the school office\n",
            with: "    note: Held by the school office\n    link: \"[[page:apdr-calender]]\"\n")
        #expect(
            diagnostics.filter { $0.severity == .error } == [
                .error(
                    "'[[page:apdr-calender]]' links to a page that does not exist",
                    at: SourceLocation(file: Self.file, line: position(of: "    link:", in: text).line, column: 11),
                    hint: "did you mean 'apdr-calendar'?")
            ])
    }
}
