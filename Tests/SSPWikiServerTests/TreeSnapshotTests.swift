import Foundation
import Testing

@testable import SSPWikiCore
@testable import SSPWikiServer

@Suite struct TreeSnapshotTests {
    /// A new temporary folder holding `files` (text by path inside it).
    static func folder(_ files: [String: String]) throws -> String {
        let root = NSTemporaryDirectory() + "sspwiki-snapshot-" + UUID().uuidString
        for (path, text) in files {
            let file = root + "/" + path
            let parent = (file as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            try text.write(toFile: file, atomically: false, encoding: .utf8)
        }
        return root
    }

    @Test func editsNewFilesDeletionsAndRenamesChangeTheSnapshotButHiddenFilesDoNot() throws {
        let fm = FileManager.default
        let root = try Self.folder(["plans/year-7/amy.md": "one", "site.yml": "site"])
        defer { try? fm.removeItem(atPath: root) }
        var last = TreeSnapshot.take([root])
        #expect(Set(try #require(last.stats(of: root)).keys) == ["plans/year-7/amy.md", "site.yml"])

        func changed(_ change: () throws -> Void) rethrows -> Bool {
            try change()
            let now = TreeSnapshot.take([root])
            defer { last = now }
            return now != last
        }
        #expect(try changed { try "one, two".write(toFile: root + "/plans/year-7/amy.md", atomically: false, encoding: .utf8) })
        #expect(try changed { try "new".write(toFile: root + "/plans/ben.md", atomically: false, encoding: .utf8) })
        #expect(try changed { try fm.moveItem(atPath: root + "/plans/ben.md", toPath: root + "/plans/year-7/ben.md") })
        #expect(try changed { try fm.removeItem(atPath: root + "/plans/year-7/ben.md") })
        #expect(try !changed { try "swap".write(toFile: root + "/plans/.amy.md.swp", atomically: false, encoding: .utf8) })
        #expect(try !changed { try fm.createDirectory(atPath: root + "/.git/objects", withIntermediateDirectories: true) })
    }

    /// The loader takes the snapshot's stats as the files' own: a file whose stat in the
    /// snapshot is the one its cached text was read with is not read again, even if it has
    /// changed since (the next snapshot sees that change and brings a rebuild of its own).
    @Test func theLoaderTakesTheSnapshotsStatsForTheContentFolder() throws {
        let root = try Self.folder([
            "site.yml": "setting: Test School\n", "pages/note.md": "---\ntitle: Note\n---\nFirst words.\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let note = root + "/pages/note.md"
        func text(_ loaded: LoadedContent) -> String? { loaded.sources.first { $0.path == "pages/note.md" }?.text }

        let cache = SourceCache(racyInterval: 0)
        let before = try #require(TreeSnapshot.take([root]).stats(of: root))
        _ = ContentLoader().load(root: root, cache: cache, stats: before)
        #expect(cache.lastRead == 2)
        try "---\ntitle: Note\n---\nLater words, longer than the first.\n".write(
            toFile: note, atomically: false, encoding: .utf8)

        // With the snapshot taken before the edit, the kept text stands; nothing is read.
        let (stale, _) = ContentLoader().load(root: root, cache: cache, stats: before)
        #expect(cache.lastRead == 0)
        #expect(text(stale)?.contains("First words.") == true)

        // The snapshot that saw the edit brings the new text, and only that file is read.
        let after = try #require(TreeSnapshot.take([root]).stats(of: root))
        let (fresh, _) = ContentLoader().load(root: root, cache: cache, stats: after)
        #expect(cache.lastRead == 1)
        #expect(text(fresh)?.contains("Later words") == true)
        #expect(fresh.sources == ContentLoader().load(root: root).0.sources)
    }
}
