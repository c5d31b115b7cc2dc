import Foundation
import Testing

@testable import SSPWikiCore

/// The school-wide overview pages in a large setting (`OverviewParts`): the dashboard, quality
/// page, reviews and provision map stay within a byte budget by showing their first rows, and
/// every plan is still reached, without JavaScript, through the year-group pages they link.
@Suite struct OverviewPagesTests {
    /// Well under the 300 kB each page may have at 2,000 plans; the whole lists of a few
    /// hundred plans would not fit.
    static let budget = 200_000
    static let overviewPages = [
        "index.html": "plans", "quality.html": "quality", "reviews.html": "reviews",
        "provision-map.html": "provision-map",
    ]

    @Test(
        "at 300 plans each overview page stays within the budget and every plan is linked from it or its year-group pages",
        .enabled(
            if: CorpusGeneratorTests.tools, "python3 and git are needed to run scripts/gen-corpus; install them to run this test")
    )
    func largeSetting() throws {
        let generator = CorpusGeneratorTests()
        let content = try generator.generate(plans: 300, revisions: 1)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sspwiki-overview-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: content)
            try? FileManager.default.removeItem(at: output)
        }
        let options = BuildOptions(
            content: content.path, output: output.path, themeDirectories: [Fixture.defaultTheme], today: Fixture.today,
            history: false)
        let report = SiteBuilder().build(options)
        #expect(report.diagnostics.filter { $0.severity == .error } == [])
        func page(_ path: String) -> String? { try? String(contentsOf: output.appendingPathComponent(path), encoding: .utf8) }

        let plans = Set(
            Fixture.files(under: output.appendingPathComponent("plans").path)
                .filter { $0.hasSuffix(".html") && !$0.contains("/") }.map { String($0.dropLast(5)) })
        #expect(plans.count == 300)
        var reached: [String: Set<String>] = [:]
        for (top, base) in Self.overviewPages {
            let html = try #require(page(top), "\(top) was not written")
            #expect(html.utf8.count <= Self.budget, "\(top) has \(html.utf8.count) bytes")
            let parts = Set(matches(of: #"href="(\#(base)-[a-z0-9-]+\.html)""#, in: html))
            #expect(parts.count >= 2, "\(top) links no year-group pages")
            var linked = Set(matches(of: #"href="plans/([a-z0-9-]+)\.html"#, in: html))
            for part in parts {
                let text = try #require(page(part), "\(part), linked from \(top), was not written")
                #expect(text.contains("href=\"\(top)\""), "\(part) does not link back to \(top)")
                linked.formUnion(matches(of: #"href="plans/([a-z0-9-]+)\.html"#, in: text))
            }
            reached[top] = linked
        }
        // Every plan of the corpus is active: the dashboard and the reviews page reach each one.
        #expect(plans.subtracting(reached["index.html"]!).sorted() == [])
        #expect(plans.subtracting(reached["reviews.html"]!).sorted() == [])
        let index = try #require(page("index.html"))
        #expect(index.contains("data-filter-for=\"plan-table\""))
        #expect(index.contains("<select data-filter=\"holder\">"))
    }

    @Test("a small setting's overview pages list every plan and link no year-group pages")
    func smallSetting() throws {
        let fixture = Fixture(ViewsContent.files) { _ in }
        fixture.buildExpectingSuccess()
        for (top, base) in Self.overviewPages {
            #expect(matches(of: #"href="(\#(base)-[a-z0-9-]+\.html)""#, in: fixture.page(top)) == [], "\(top)")
        }
        #expect(!fixture.siteFiles().contains { $0.hasPrefix("plans-") || $0.hasPrefix("quality-") })
        #expect(fixture.page("index.html").contains("All active plans"))
    }
}
