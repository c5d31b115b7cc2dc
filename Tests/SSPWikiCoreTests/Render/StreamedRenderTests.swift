import Foundation
import Testing

@testable import SSPWikiCore

/// The streamed render `sspwiki build` uses: batches handed on as they are made, each holding
/// few of the school-wide pages (which at a large setting are megabytes each), and together
/// exactly the files of a render in one go.
@Suite struct StreamedRenderTests {
    let today = Day(iso: "2026-10-01")!

    func site() throws -> AnalysedSite {
        let fixture = Fixture.authoring([
            "plans/zara-ali.md":
                "---\nname: Zara Ali\nstage: sen-support\nstart: 2026-09-08\nreview: 2026-12-11\nclass: Owls\n---\nZara sees the SALT.\n",
            "plans/omar-reid.md":
                "---\nname: Omar Reid\nstage: sen-support\nstart: 2026-09-08\nreview: 2026-11-11\nclass: Kites\n---\nOmar reads daily.\n",
        ])
        let (site, diagnostics) = SiteBuilder().analyse(content: fixture.content, today: today)
        #expect(!diagnostics.hasErrors)
        return try #require(site)
    }

    @Test("no batch holds more than four school-wide pages, and the batches make the whole site")
    func wholeSitePagesSpread() throws {
        let site = try site()
        let renderer = SiteRenderer(theme: Fixture.theme(), today: today)
        let wholeSite = Set(renderer.pageJobs(site).filter { $0.inputs.isEverything }.map(\.path))
        #expect(wholeSite.count > SiteRenderer.wholeSiteBatchLimit * 2)
        var batches: [[OutputFile]] = []
        _ = try renderer.render(site, batchSize: 256) { batches.append($0) }
        for batch in batches {
            #expect(batch.filter { wholeSite.contains($0.path) }.count <= SiteRenderer.wholeSiteBatchLimit)
        }
        let streamed = batches.flatMap { $0 }
        let (whole, _) = renderer.render(site)
        #expect(streamed.map(\.path).sorted() == whole.map(\.path).sorted())
        let texts = { (files: [OutputFile]) -> [String: String] in
            BuildSessionTests.texts(Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a }))
        }
        #expect(texts(streamed) == texts(whole))
    }

    @Test("a batch ends at its size or at its fourth school-wide page, and always takes one job")
    func batchEnds() throws {
        let jobs = SiteRenderer(theme: Fixture.theme(), today: today).pageJobs(try site())
        var start = 0
        var ends: [Int] = []
        while start < jobs.count {
            let end = SiteRenderer.batchEnd(jobs, from: start, size: 3)
            #expect(end > start && end - start <= 3)
            ends.append(end)
            start = end
        }
        #expect(ends.last == jobs.count)
        let one = SiteRenderer.batchEnd(jobs, from: 0, size: 1)
        #expect(one == 1)
    }
}
