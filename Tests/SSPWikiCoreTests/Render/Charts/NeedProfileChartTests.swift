import Testing

@testable import SSPWikiCore

/// Need profiles as inline SVG with a text alternative and escaped text.
@Suite("Need profile charts")
struct NeedProfileChartTests {
    @Test func aPlanChartDescribesEachNeedAndEscapesText() {
        let svg = NeedProfileChart.plan(
            [
                .init(title: "Speech & <language>", level: 3, lowest: 0, highest: 4, label: "Significant"),
                .init(title: "SEMH", level: 0, lowest: 0, highest: 4, label: nil),
            ], name: "Amy \"A\"")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"need-profile\""))
        #expect(svg.contains("role=\"img\" aria-labelledby=\"need-profile-title need-profile-desc\""))
        #expect(svg.contains("<title id=\"need-profile-title\">Need profile of Amy &quot;A&quot;</title>"))
        #expect(
            svg.contains("<desc id=\"need-profile-desc\">Speech &amp; &lt;language&gt;: level 3 of 4; SEMH: level 0 of 4.</desc>")
        )
        #expect(!svg.contains("<language>") && !svg.contains("style="))
        // Level 3 of 0–4 fills three quarters of the 340-wide track, with step 3's pattern over it.
        #expect(svg.contains("width=\"255\" height=\"18\" class=\"chart-bar lvl-3\" data-level=\"3\""))
        #expect(svg.contains("class=\"chart-pattern p3\" fill=\"url(#need-profile-p3)\""))
        #expect(svg.contains("<pattern id=\"need-profile-p3\""))
    }

    @Test func neighbouringLevelsOfAStackedBarHaveDifferentPatterns() throws {
        let site = Fixture(ViewsContent.files)
        site.buildExpectingSuccess()
        let home = site.page("index.html")
        // Speech and language has a child at level 1 and one at level 3 (of 0–3): steps 1 and 4.
        let row = try #require(
            home.components(separatedBy: "<g class=\"chart-row\">").dropFirst().first { $0.contains("Speech and language:") })
        #expect(row.contains("class=\"chart-pattern p1\"") && row.contains("class=\"chart-pattern p4\""))
    }

    @Test func thePlanPageAndDashboardShowChartsWithTextAlternatives() {
        let site = Fixture(ViewsContent.files)
        site.buildExpectingSuccess()
        let plan = site.page("plans/amy-khan.html")
        #expect(
            plan.contains(
                "<desc id=\"need-profile-desc\">Speech and language: level 3 of 3; Social, emotional &amp; mental health: level 1 of 2.</desc>"
            ))
        let home = site.page("index.html")
        #expect(home.contains("id=\"setting-need-profile\""))
        #expect(home.contains("Speech and language: 1 at level 1, 1 at level 3"))
        #expect(home.contains("<caption>Children at each level of each INDES section</caption>"))
        #expect(home.contains("<a href=\"indes/speech-language.html#level-3\">1</a>"))
    }
}
