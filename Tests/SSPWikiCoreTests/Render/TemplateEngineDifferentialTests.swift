import Foundation
import Mustache
import Testing

@testable import SSPWikiCore

/// The compiled template engine (`SSPWikiTemplates`) against swift-mustache, the engine it
/// replaced: every page of the demo site, rendered by ours from its typed page model and by
/// swift-mustache from the same model as a plain dictionary, with the same template texts,
/// must come out byte for byte the same.
@Suite("Template engine matches swift-mustache")
struct TemplateEngineDifferentialTests {
    /// The one place swift-mustache departs from the Mustache specification on these pages: in
    /// a partial included with indentation (`  {{>plan-rows}}` in index, person and class
    /// pages), it indents only the first element of a list section, because it renders each
    /// element on its own and indents only after a newline it has already written. The
    /// specification indents every line of the partial, so the new engine writes the
    /// indentation (`  `) before the first line of every further `<tr>` too. Only whitespace
    /// between table rows changes; `indentedListItem` checks that nothing else does.
    static let indentedListTemplates: Set<String> = ["index", "person", "class"]

    @Test("every page of the demo site is byte-identical in both engines, but for the named indentation difference")
    func demoSite() throws {
        let content = Fixture.packageRoot + "/content"
        let (analysedSite, _) = SiteBuilder().analyse(content: content, today: Fixture.today)
        let site = try #require(analysedSite)
        let pages = try compare(site)
        #expect(Set(pages.values).count >= 15, "only \(Set(pages.values).sorted()) were compared")
    }

    @Test("with its git history, the history, past-version and recent-changes pages are identical too")
    func demoSiteWithHistory() throws {
        let repo = Fixture.repository()
        let demo = Fixture.packageRoot + "/content"
        for path in Fixture.files(under: demo) {
            let target = URL(fileURLWithPath: repo.content + "/" + path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(atPath: demo + "/" + path, toPath: target.path)
        }
        repo.commit("The demo content", date: "2026-09-07")
        let plans = Fixture.files(under: demo).filter { $0.hasPrefix("plans/") && $0.hasSuffix(".md") }.prefix(3)
        for path in plans {
            let text = try String(contentsOfFile: demo + "/" + path, encoding: .utf8)
            repo.write(path, text + "\nA sentence added after the review <with> & markup.\n")
        }
        repo.commit("Notes after the autumn reviews", author: "Jo Green", date: "2026-11-20")
        let (analysedSite, _) = SiteBuilder().analyse(
            content: repo.content, today: Fixture.today,
            history: HistoryLoader(runner: ProcessGitRunner()))
        let site = try #require(analysedSite)
        #expect(site.history.available)
        let pages = try compare(site)
        #expect(
            Set(pages.values).isSuperset(of: ["plan-history", "changes"]), "only \(Set(pages.values).sorted()) were compared")
        #expect(
            !pages.keys.filter { $0.contains("/rev/") }.isEmpty, "past versions: \(pages.keys.filter { $0.contains("/rev/") })")
    }

    @Test(
        "every page of a generated 30-plan corpus with history is identical too",
        .enabled(
            if: CorpusGeneratorTests.tools, "python3 and git are needed to run scripts/gen-corpus; install them to run this test")
    )
    func generatedCorpus() throws {
        let folder = try CorpusGeneratorTests().generate(plans: 30, revisions: 2)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (analysedSite, _) = SiteBuilder().analyse(
            content: folder.path, today: Fixture.today,
            history: HistoryLoader(runner: ProcessGitRunner()))
        let site = try #require(analysedSite)
        let pages = try compare(site)
        #expect(pages.count >= 100, "only \(pages.count) pages were compared")
    }

    /// Renders every template page of `model` with both engines; returns the pages compared
    /// (their templates by path).
    func compare(_ site: AnalysedSite) throws -> [String: String] {
        let (loaded, diagnostics) = Theme.load()
        let theme = try #require(loaded, "\(diagnostics)")
        var reference = MustacheLibrary()
        for (name, text) in theme.templateTexts { try reference.register(text, named: name) }
        // With drafts, as `serve --drafts` renders: every page of a build plus the bannered drafts.
        let renderer = SiteRenderer(theme: theme, today: Fixture.today, drafts: true)
        let builder = ContextBuilder(site: site, today: Fixture.today)
        var compared: [String: String] = [:]
        for job in renderer.pageJobs(site) {
            guard let template = job.template, let make = job.context else { continue }
            // Ours from the page's typed model (or dictionary), theirs from the same values as a dictionary.
            let context = make(builder)
            let ours = job.make(builder, theme)
            let theirs = reference.render(context, withTemplate: template)
            compared[job.path] = template
            guard ours != theirs else { continue }
            if Self.indentedListTemplates.contains(template), let ours, let theirs,
                Self.differOnlyByIndentation(ours, theirs, indentation: "  ")
            {
                continue
            }
            Issue.record(
                "\(job.path) (\(template).mustache) differs: \(Self.firstDifference(ours ?? "<none>", theirs ?? "<none>"))")
        }
        return compared
    }

    /// True when the texts have the same lines, except that some lines of `ours` carry
    /// `indentation` more at their start.
    static func differOnlyByIndentation(_ ours: String, _ theirs: String, indentation: String) -> Bool {
        let a = ours.split(separator: "\n", omittingEmptySubsequences: false)
        let b = theirs.split(separator: "\n", omittingEmptySubsequences: false)
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { $0 == $1 || $0 == indentation + $1 }
    }

    /// Where two texts first differ, with some text around it from each.
    static func firstDifference(_ ours: String, _ theirs: String) -> String {
        let a = Array(ours.utf8)
        let b = Array(theirs.utf8)
        var index = 0
        while index < a.count, index < b.count, a[index] == b[index] { index += 1 }
        let line = a[..<index].filter { $0 == 0x0A }.count + 1
        func around(_ bytes: [UInt8]) -> String {
            String(decoding: bytes[max(0, index - 80)..<min(bytes.count, index + 80)], as: UTF8.self).debugDescription
        }
        return
            "line \(line), byte \(index) (sizes \(a.count) and \(b.count)):\n  new:           \(around(a))\n  swift-mustache: \(around(b))"
    }
}
