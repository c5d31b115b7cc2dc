import Foundation
import Testing
@testable import SSPWikiCore

/// Pages are written to the staging folder in batches as they are rendered; an error found
/// part-way through still leaves the previous site exactly as it was.
@Suite("Streaming build")
struct StreamingBuildTests {
    @Test func aTemplateMissingPartWayThroughLeavesThePreviousSite() throws {
        let (fixture, _) = builtSite()
        let before = fixture.siteSnapshot()
        let theme = fixture.root + "/theme-copy"
        try FileManager.default.copyItem(atPath: Fixture.defaultTheme, toPath: theme)
        try FileManager.default.removeItem(atPath: theme + "/templates/peass.mustache")
        fixture.edit("plans/amelia-khan.md", replacing: "name: Amelia Khan", with: "name: Amelia Khan-Rivers")
        let report = SiteBuilder().build(BuildOptions(content: fixture.content, output: fixture.output,
                                                      themeDirectories: [theme], today: Fixture.today))
        #expect(!report.succeeded)
        #expect(report.diagnostics.filter { $0.message.contains("no template 'peass'") }.count == 1)
        #expect(fixture.siteSnapshot() == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.root)
            .filter { !["content", "site", "theme-copy", ".sspwiki-cache"].contains($0) }
        #expect(leftovers.isEmpty, "staging folders were left behind: \(leftovers)")
    }

    @Test func smallBatchesWriteTheSameSiteAsOneBatch() throws {
        let (fixture, _) = builtSite()
        let (model, graph, _) = SiteBuilder().analyse(content: fixture.content, today: Fixture.today)
        let (theme, _) = Theme.load(directories: [Fixture.defaultTheme])
        let renderer = SiteRenderer(theme: try #require(theme), today: Fixture.today)
        var batches = 0
        var streamed: [String: String] = [:]
        let report = try renderer.render(try #require(model), graph: graph, batchSize: 3) { files in
            batches += 1
            for file in files { if case .text(let text) = file.contents { streamed[file.path] = text } }
        }
        let (whole, _) = renderer.render(model!, graph: graph)
        var expected: [String: String] = [:]
        for file in whole { if case .text(let text) = file.contents { expected[file.path] = text } }
        #expect(batches > 2)
        #expect(report.files == whole.count)
        #expect(streamed == expected)
    }
}
