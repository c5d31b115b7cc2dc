import Foundation
import Testing

@testable import SSPWikiCore

@Suite("SourceCache: unchanged files are not read again")
struct SourceCacheTests {
    @Test func onlyChangedNewAndDeletedFilesAreNoticedAndTheTextIsAlwaysCurrent() throws {
        let fixture = Fixture(minimal: { _ in })
        let cache = SourceCache(racyInterval: 0)
        let (first, _) = ContentLoader().load(root: fixture.content, cache: cache)
        #expect(cache.lastRead == first.sources.count)

        let (again, _) = ContentLoader().load(root: fixture.content, cache: cache)
        #expect(cache.lastRead == 0)
        #expect(again.sources == first.sources)

        fixture.write("plans/jacob-khan.md", MinimalContent.plan(name: "Jake Khan"))
        fixture.write("pages/new-page.md", "---\ntitle: New page\n---\nText.\n")
        try FileManager.default.removeItem(atPath: fixture.content + "/pages/apdr-calendar.md")
        let (edited, _) = ContentLoader().load(root: fixture.content, cache: cache)
        #expect(cache.lastRead == 2)
        #expect(edited.sources == ContentLoader().load(root: fixture.content).0.sources)
        #expect(edited.sources.first { $0.path == "plans/jacob-khan.md" }?.text.contains("Jake Khan") == true)
        #expect(!edited.sources.contains { $0.path == "pages/apdr-calendar.md" })
    }

    @Test func aFileWrittenJustNowIsReadAgainSoASameSizeEditIsNeverMissed() {
        let fixture = Fixture(minimal: { $0["pages/note.md"] = "---\ntitle: Note\n---\nAAAA\n" })
        let cache = SourceCache()
        _ = ContentLoader().load(root: fixture.content, cache: cache)
        // Same size, and quite possibly the same modification time: only the text tells.
        fixture.write("pages/note.md", "---\ntitle: Note\n---\nBBBB\n")
        let (loaded, _) = ContentLoader().load(root: fixture.content, cache: cache)
        #expect(loaded.sources.first { $0.path == "pages/note.md" }?.text.contains("BBBB") == true)
        #expect(cache.lastRead == loaded.sources.count)
    }
}
