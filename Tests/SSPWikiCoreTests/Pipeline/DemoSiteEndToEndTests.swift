import Foundation
import Testing

@testable import SSPWikiCore

/// Builds the demo content shipped in `content/` and checks, page by page, what a reader
/// must see.
@Suite("Demo site end to end")
final class DemoSiteEndToEndTests {
    let output: String
    let report: BuildReport
    let model: ContentModel

    init() {
        output = FileManager.default.temporaryDirectory.appendingPathComponent("sspwiki-demo-\(UUID().uuidString)").path
        let content = Fixture.packageRoot + "/content"
        // The leads build holds every plan and detail, so every one can be checked on its page.
        // History is off: the demo sits in this tool's own repository, whose commits are not the
        // demo's (the history pages are covered by the golden sites and the History suites).
        var options = BuildOptions(
            content: content, output: output, themeDirectories: [Fixture.defaultTheme], today: Fixture.today,
            history: false)
        options.audience = .leads
        report = SiteBuilder().build(options)
        model = SiteBuilder().analyse(content: content, today: Fixture.today).0!.model
    }

    deinit { try? FileManager.default.removeItem(atPath: output) }

    func page(_ path: String) -> String {
        (try? String(contentsOfFile: output + "/" + path, encoding: .utf8)) ?? ""
    }

    /// Text as it appears in HTML (escaped by the templates).
    func shown(_ text: String) -> String { HTML.escape(text) }

    @Test("the demo builds with no errors and no warnings")
    func buildsCleanly() {
        let text = DiagnosticFormatter(contentPrefix: "content").format(all: report.diagnostics)
        #expect(report.diagnostics.filter { $0.severity != .note && $0.rule == nil }.isEmpty, "\(text)")
        #expect(report.succeeded)
        #expect(report.plans >= 10)
    }

    @Test("every published plan page shows every part of the plan, in the guidance's order")
    func planPages() {
        for plan in model.publishedPlans {
            let html = page("plans/\(plan.id).html")
            #expect(html.contains("<h1 id=\"plan-title\">\(shown(plan.name))</h1>"), "\(plan.id)")
            let order = [
                "id=\"must-know\"", "id=\"about-me\"", "id=\"family-views\"", "id=\"strengths\"", "id=\"needs\"",
                "id=\"how-to-help\"", "id=\"provision\"", "id=\"targets\"", "id=\"review-of-impact\"",
            ]
            let positions = order.map { html.range(of: $0)?.lowerBound }
            #expect(positions.allSatisfy { $0 != nil }, "\(plan.id) lacks a section")
            let found = positions.compactMap { $0 }
            #expect(found == found.sorted(), "\(plan.id): sections out of order")
            for need in plan.needs {
                let title = model.indes.first { $0.id == need.indes }!.title
                #expect(html.contains(shown(title)), "\(plan.id) lacks need \(title)")
                if let summary = need.summary { #expect(html.contains(shown(summary)), "\(plan.id): \(summary)") }
            }
            for target in plan.targets {
                #expect(html.contains("id=\"target-\(Slug.make(target.id))\""), "\(plan.id) \(target.id)")
                #expect(html.contains(shown(target.outcome)), "\(plan.id): \(target.outcome)")
                if let measure = target.measure { #expect(html.contains(shown(measure))) }
            }
            for provision in plan.provisions { #expect(html.contains(shown(provision.what)), "\(plan.id): \(provision.what)") }
            for agency in plan.external { #expect(html.contains(shown(agency.agency)), "\(plan.id): \(agency.agency)") }
            for flag in plan.flags { #expect(html.contains(shown(flag.label))) }
            if let photo = plan.photo { #expect(html.contains("src=\"../\(photo)\"")) }
            #expect(html.contains("<meta name=\"robots\" content=\"noindex,nofollow\">"))
        }
    }

    @Test("home lists active plans only; the archive lists archived plans; drafts appear nowhere")
    func listings() {
        let home = page("index.html")
        let archive = page("archive.html")
        for plan in model.plans {
            let link = "href=\"plans/\(plan.id).html\""
            switch plan.status {
            case .active: #expect(home.contains(link), "\(plan.id) missing from home")
            case .archived:
                #expect(!home.contains(link) && archive.contains(link), "\(plan.id)")
            case .draft:
                #expect(!FileManager.default.fileExists(atPath: output + "/plans/\(plan.id).html"))
                let everything = (FileManager.default.subpaths(atPath: output) ?? []).filter { $0.hasSuffix(".html") }
                for path in everything { #expect(!page(path).contains(shown(plan.name)), "draft named in \(path)") }
            }
        }
    }

    @Test("catalogue pages, wiki pages, the glossary and media are all there")
    func cataloguesAndMedia() {
        for section in model.indes {
            let html = page("indes/\(section.id).html")
            for level in section.levels {
                #expect(html.contains("id=\"level-\(level.level)\"") && html.contains(shown(level.label)))
            }
        }
        for entry in model.peass { #expect(page("peass/\(entry.id).html").contains(shown(entry.title))) }
        for wiki in model.pages { #expect(page("pages/\(wiki.id).html").contains(shown(wiki.title))) }
        let glossary = page("glossary.html")
        for term in model.glossary { #expect(glossary.contains("id=\"\(term.anchor)\"")) }
        for media in model.media { #expect(FileManager.default.fileExists(atPath: output + "/" + media.path)) }
        #expect(page("robots.txt").contains("Disallow: /"))
    }
}
