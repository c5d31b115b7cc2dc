import Foundation
import Testing

@testable import SSPWikiCore

/// One run reports every problem, so a SENDCo can fix them all at once.
@Suite("All errors of a run are reported together")
struct AllErrorsTogetherTests {
    @Test func twoBadFilesAreBothReported() {
        let diagnostics = rejectedBuild { fixture in
            fixture.write(
                "plans/first.md", MinimalContent.plan().replacingOccurrences(of: "start: 2026-09-08", with: "start: 2026-02-30"))
            fixture.write(
                "plans/second.md", MinimalContent.plan().replacingOccurrences(of: "stage: sen-support", with: "stage: sen-suport")
            )
        }
        #expect(single(diagnostics, "plans/first.md", "'start' is not a valid date") != nil)
        #expect(single(diagnostics, "plans/second.md", "'stage' has an unknown value") != nil)
    }

    @Test func problemsFromEveryStageAreReportedInOneRun() {
        let diagnostics = rejectedBuild { fixture in
            fixture.writeBytes("pages/latin1.md", Array("---\ntitle: Caf".utf8) + [0xE9] + Array("\n---\n".utf8))
            fixture.write("plans/broken.md", "no front matter here\n")
            fixture.edit("plans/amelia-khan.md", replacing: "- indes: speech-language", with: "- indes: speech-langauge")
            fixture.write("pages/links.md", MinimalContent.page(body: "See [[nobody]].\n"))
        }
        #expect(single(diagnostics, "pages/latin1.md", "not valid UTF-8") != nil, "load")
        #expect(single(diagnostics, "plans/broken.md", "file has no front matter") != nil, "parse")
        #expect(single(diagnostics, "plans/amelia-khan.md", "unknown INDES section 'speech-langauge'") != nil, "validate")
        #expect(single(diagnostics, "pages/links.md", "'[[nobody]]' links to a page that does not exist") != nil, "link")
        #expect(diagnostics.errors.count == 4)
    }

    @Test func aRefusedOutputFolderAndContentErrorsAreReportedTogether() throws {
        let fixture = Fixture(minimal: { $0["plans/child.md"] = MinimalContent.plan(extra: "status: finished\n") })
        try FileManager.default.createDirectory(atPath: fixture.output, withIntermediateDirectories: true)
        try "mine".write(toFile: fixture.output + "/notes.txt", atomically: true, encoding: .utf8)
        let report = fixture.build()
        #expect(single(report.diagnostics, fixture.output, "was not made by sspwiki") != nil)
        #expect(single(report.diagnostics, "plans/child.md", "'status' has an unknown value 'finished'") != nil)
    }

    @Test
    func aBrokenSiteFileDoesNotHideOtherErrors() {
        let diagnostics = rejectedBuild { fixture in
            fixture.write("site.yml", "phase: primary\n")
            fixture.edit("plans/amelia-khan.md", replacing: "- indes: speech-language", with: "- indes: speech-langauge")
            fixture.write("pages/links.md", MinimalContent.page(body: "See [[nobody]].\n"))
        }
        #expect(single(diagnostics, "site.yml", "missing required field 'setting'") != nil)
        #expect(single(diagnostics, "plans/amelia-khan.md", "unknown INDES section 'speech-langauge'") != nil)
        #expect(single(diagnostics, "pages/links.md", "'[[nobody]]' links to a page that does not exist") != nil)
    }

    @Test func aCleanBuildHasNoErrorsOrWarnings() {
        let (_, report) = builtSite()
        // The fixture is not in git: one note says the site has no history; no errors or warnings.
        #expect(
            report.diagnostics.filter { $0.severity != .note }.isEmpty,
            "\(DiagnosticFormatter(contentPrefix: "content").format(all: report.diagnostics))")
    }

    @Test func checkingWithoutBuildingWritesNothing() {
        let fixture = Fixture(minimal: { _ in })
        let (model, _, diagnostics) = fixture.analyse()
        #expect(model != nil)
        #expect(diagnostics.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: fixture.output))
    }
}
