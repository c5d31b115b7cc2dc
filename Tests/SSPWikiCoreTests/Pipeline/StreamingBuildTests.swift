import Foundation
import Testing

@testable import SSPWikiCore

/// Pages are written to the staging folder in batches as they are rendered; an error found
/// part-way through still leaves the previous site exactly as it was.
@Suite("Streaming build")
struct StreamingBuildTests {
    @Test func anErrorPartWayThroughLeavesThePreviousSite() throws {
        let (fixture, _) = builtSite()
        let before = fixture.siteSnapshot()
        fixture.edit("plans/amelia-khan.md", replacing: "name: Amelia Khan", with: "name: Amelia Khan-Rivers")
        let (site, _) = SiteBuilder().analyse(content: fixture.content, today: Fixture.today)
        let (theme, _) = Theme.load()
        let renderer = SiteRenderer(theme: try #require(theme), today: Fixture.today)
        var batches = 0
        // Rendering stops with an error after two batches have been written to the staging folder.
        let problem = SiteWriter(output: fixture.output).write { emit in
            _ = try renderer.render(try #require(site), batchSize: 3) { files in
                batches += 1
                if batches > 2 { throw StopWriting() }
                try emit(files)
            }
        }
        #expect(batches == 3)
        #expect(problem != nil, "the writer reports that nothing was written")
        #expect(fixture.siteSnapshot() == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.root)
            .filter { !["content", "site", ".sspwiki-cache"].contains($0) }
        #expect(leftovers.isEmpty, "staging folders were left behind: \(leftovers)")
    }

    @Test func smallBatchesWriteTheSameSiteAsOneBatch() throws {
        let (fixture, _) = builtSite()
        let (site, _) = SiteBuilder().analyse(content: fixture.content, today: Fixture.today)
        let (theme, _) = Theme.load(directories: [Fixture.defaultTheme])
        let renderer = SiteRenderer(theme: try #require(theme), today: Fixture.today)
        var batches = 0
        var streamed: [String: String] = [:]
        let report = try renderer.render(try #require(site), batchSize: 3) { files in
            batches += 1
            for file in files { if case .text(let text) = file.contents { streamed[file.path] = text } }
        }
        let (whole, _) = renderer.render(site!)
        var expected: [String: String] = [:]
        for file in whole { if case .text(let text) = file.contents { expected[file.path] = text } }
        #expect(batches > 2)
        #expect(report.files == whole.count)
        #expect(streamed == expected)
    }
}
