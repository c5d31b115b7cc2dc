import Foundation
import Testing

@testable import SSPWikiCore

@Suite("History: pages in a built site")
struct HistoryBuildTests {
    static let theme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes/default").path

    /// Builds `content` into a new folder and returns the report and a reader of its pages.
    func build(
        _ content: String, history: Bool = true, runner: any GitRunner = ProcessGitRunner()
    ) -> (BuildReport, (String) -> String?) {
        let output = NSTemporaryDirectory() + "sspwiki-site-" + UUID().uuidString
        let options = BuildOptions(
            content: content, output: output, themeDirectories: [Self.theme],
            today: Day(iso: "2026-12-01")!, history: history, gitRunner: runner)
        let report = SiteBuilder().build(options)
        return (report, { try? String(contentsOfFile: output + "/" + $0, encoding: .utf8) })
    }

    @Test("plan pages say when they last changed; history, past versions and recent changes are written")
    func pages() throws {
        let repo = Fixture.repository()
        repo.write("plans/amelia-khan.md", planText(body: "## About me\n\nI like <drawing> & painting.\n"))
        repo.commit("First plan", author: "Jo Green", date: "2026-09-07")
        repo.write("plans/amelia-khan.md", planText(number: 2, body: "## About me\n\nI like <drawing> & football.\n"))
        repo.commit("Plan 2 after the review", date: "2026-12-04")
        let (report, page) = build(repo.content)
        #expect(report.succeeded)
        let plan = try #require(page("plans/amelia-khan.html"))
        #expect(
            plan.contains(
                "Last changed on <time datetime=\"2026-12-04T10:00:00+00:00\">4 December 2026</time> by Sam Patel: “Plan 2 after the review”"
            ))
        #expect(plan.contains("href=\"../plans/amelia-khan/history.html\""))
        #expect(!plan.contains("Not yet committed"))
        let history = try #require(page("plans/amelia-khan/history.html"))
        #expect(history.contains("<li>Plan number 1 → 2 (new APDR cycle)</li>"))
        #expect(history.contains("New APDR cycle</span>"))
        #expect(history.contains("(1 word added, 1 removed)"))
        #expect(history.contains("&lt;drawing&gt; &amp; <del>painting</del><ins>football</ins>."))
        let first = try #require(repo.git("rev-parse", "--short=10", "HEAD~1").split(separator: "\n").first)
        let past = try #require(page("plans/amelia-khan/rev/\(first).html"))
        #expect(past.contains("Past version of 7 September 2026"))
        #expect(past.contains("href=\"../../../plans/amelia-khan.html\">See the current plan</a>"))
        #expect(past.contains("Plan 1 in the assess, plan, do, review cycle"))
        // The newest revision is the current plan, so it is not rendered a second time.
        let latest = try #require(repo.git("rev-parse", "--short=10", "HEAD").split(separator: "\n").first)
        #expect(page("plans/amelia-khan/rev/\(latest).html") == nil)
        let changes = try #require(page("changes.html"))
        #expect(changes.contains("Plan 2 after the review"))
        #expect(changes.contains("<a href=\"plans/amelia-khan.html\">Amelia Khan</a>"))
    }

    @Test("a plan with changes not yet committed says so")
    func uncommittedNote() throws {
        let repo = Fixture.repository()
        repo.write("plans/amelia-khan.md", planText())
        repo.commit("First plan", date: "2026-09-07")
        repo.write("plans/amelia-khan.md", planText(review: "2027-01-08"))
        let (report, page) = build(repo.content)
        #expect(report.succeeded)
        #expect(page("plans/amelia-khan.html")?.contains("<strong>Not yet committed:</strong>") == true)
        #expect(page("changes.html")?.contains("Not yet committed") == true)
    }

    @Test("a past version whose front matter is broken is shown as text with the error, and the build succeeds")
    func brokenPastVersion() throws {
        let repo = Fixture.repository()
        repo.write("plans/amelia-khan.md", "---\nname: Amelia Khan\nstage: [sen-support\nreview: 2026-12-04\n---\nText <b>\n")
        repo.commit("Half-written plan", date: "2026-09-06")
        repo.write("plans/amelia-khan.md", planText())
        repo.commit("Plan fixed", date: "2026-09-07")
        let (report, page) = build(repo.content)
        #expect(report.succeeded)
        let hash = try #require(repo.git("rev-parse", "--short=10", "HEAD~1").split(separator: "\n").first)
        let past = try #require(page("plans/amelia-khan/rev/\(hash).html"))
        #expect(past.contains("This version cannot be shown as a plan"))
        #expect(past.contains("Line 4, column 7: malformed YAML"))
        #expect(past.contains("Text &lt;b&gt;"))
        let history = try #require(page("plans/amelia-khan/history.html"))
        #expect(history.contains("The front matter was mended and can be read again"))
        #expect(history.contains("The front matter of this version cannot be read."))
    }

    @Test("a folder outside git builds without history and says so once")
    func notARepository() throws {
        let folder = NSTemporaryDirectory() + "sspwiki-nogit-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/plans", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "setting: Test School\n".write(toFile: folder + "/site.yml", atomically: true, encoding: .utf8)
        try planText().write(toFile: folder + "/plans/amelia-khan.md", atomically: true, encoding: .utf8)
        let (report, page) = build(folder)
        #expect(report.succeeded)
        #expect(
            report.diagnostics.filter { $0.rule == nil } == [
                Diagnostic(
                    .note, at: SourceLocation(file: ""),
                    "the content folder is not in a git repository, so the site is built without change history",
                    hint: "keep the content folder in git to get plan histories, or pass --no-history to skip them")
            ])
        #expect(page("plans/amelia-khan.html")?.contains("Last changed") == false)
        #expect(page("changes.html") == nil)
        #expect(page("plans/amelia-khan/history.html") == nil)
    }

    @Test("--no-history starts no git process; a missing git is one note")
    func noHistoryAndMissingGit() {
        let repo = Fixture.repository()
        repo.write("plans/amelia-khan.md", planText())
        repo.commit("First plan", date: "2026-09-07")
        let counting = CountingGitRunner()
        let (off, page) = build(repo.content, history: false, runner: counting)
        #expect(off.succeeded && off.diagnostics.filter { $0.rule == nil }.isEmpty)
        #expect(counting.count == 0)
        #expect(page("changes.html") == nil)
        let (missing, _) = build(repo.content, runner: MissingGit())
        #expect(missing.succeeded)
        #expect(
            missing.diagnostics.filter { $0.rule == nil } == [
                Diagnostic(
                    .note, at: SourceLocation(file: ""),
                    "git is not installed, so the site is built without change history",
                    hint: "keep the content folder in git to get plan histories, or pass --no-history to skip them")
            ])
    }
}

/// A runner for a machine without git.
struct MissingGit: GitRunner {
    func run(_ arguments: [String], in directory: String, input: [UInt8]?) -> GitOutput {
        GitOutput(status: nil, stderr: "git was not found on PATH")
    }
}
