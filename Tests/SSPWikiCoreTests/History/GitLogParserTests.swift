import Testing

@testable import SSPWikiCore

@Suite("History: git log output")
struct GitLogParserTests {
    let a = String(repeating: "a", count: 40), b = String(repeating: "b", count: 40), c = String(repeating: "c", count: 40)
    let zero = String(repeating: "0", count: 40)

    func commit(_ hash: String, parents: String, message: String, raw: String) -> String {
        "\u{1E}\(hash)\u{1F}\(parents)\u{1F}Jo Green\u{1F}2026-12-04T15:30:00+00:00\u{1F}\(message)\u{1F}\u{0}\n" + raw
    }

    @Test("commits, messages with several lines, renames and the content folder's prefix")
    func parse() {
        let text =
            commit(
                c, parents: b, message: "Move Amy\n\nShe is in Year 3 now.\n",
                raw: ":100644 100644 \(b) \(b) R100\u{0}sub/plans/amy.md\u{0}sub/plans/year-3/amy.md\u{0}")
            + commit(
                b, parents: "\(a) \(c)", message: "Merge",
                raw: ":100644 100644 \(a) \(b) M\u{0}sub/plans/amy.md\u{0}:000000 100644 \(zero) \(a) A\u{0}sub/media/x.jpg\u{0}")
            + commit(a, parents: "", message: "Start", raw: ":000000 100644 \(zero) \(a) A\u{0}sub/plans/amy.md\u{0}")
        let records = GitLogParser.parse(Array(text.utf8))
        #expect(records.map(\.commit.subject) == ["Move Amy", "Merge", "Start"])
        #expect(records[0].commit.details == "She is in Year 3 now.")
        #expect(records[1].commit.isMerge)
        #expect(
            records[0].entries == [
                GitLogParser.Entry(
                    oldMode: "100644", newMode: "100644", oldBlob: b, newBlob: b, status: "R",
                    path: "sub/plans/amy.md", renamedTo: "sub/plans/year-3/amy.md")
            ])
        let files = FileTracker.files(records, prefix: "sub/")
        #expect(Array(files.keys) == ["plans/year-3/amy.md"])
        #expect(files["plans/year-3/amy.md"]?.map(\.kind) == [.renamed, .modified, .added])
        #expect(files["plans/year-3/amy.md"]?.map(\.oldBlob) == [b, a, nil])
    }

    @Test("cat-file and status output")
    func batchAndStatus() {
        let batch = Array("\(a) blob 5\nhello\n\(b) blob 0\n\n\(c) missing\n".utf8)
        let blobs = HistoryLoader.blobs(batch)
        #expect(blobs[a] == Array("hello".utf8))
        #expect(blobs[b] == [])
        #expect(blobs[c] == nil)
        let status = Array(" M sub/plans/amy.md\u{0}?? sub/pages/new.md\u{0}?? other/file.md\u{0}".utf8)
        #expect(HistoryLoader.changedPaths(status, prefix: "sub/") == ["plans/amy.md", "pages/new.md"])
    }
}
