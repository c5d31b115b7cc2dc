import Foundation
import Testing

@testable import SSPWikiCore

/// `mis_id`: read and checked like any field, and never on the site.
@Suite struct MISIDTests {
    static let identifier = "Q987654321098"

    @Test func theIdentifierIsReadButNeverReachesAPageNorTheSearchIndex() throws {
        let fixture = Fixture(ImportContent.files) {
            $0["plans/amelia-khan.md"] = MinimalContent.plan.replacingOccurrences(
                of: "dob: 2017-03-14\n", with: "dob: 2017-03-14\nmis_id: \(Self.identifier)\n")
        }
        #expect(fixture.analyse().model?.plans.first { $0.id == "amelia-khan" }?.misID == Self.identifier)
        fixture.buildExpectingSuccess()
        let files = fixture.siteFiles()
        #expect(files.contains("plans/amelia-khan.html") && files.contains { $0.hasPrefix("search/") })
        for path in files {
            let bytes = try #require(fixture.siteBytes(path))
            #expect(!String(decoding: bytes, as: UTF8.self).contains(Self.identifier), "\(path) shows the MIS identifier")
        }
    }

    @Test func twoPlansWithOneIdentifierIsAnError() {
        let fixture = Fixture(ImportContent.files) {
            $0["plans/amelia-khan.md"] = MinimalContent.plan.replacingOccurrences(
                of: "dob: 2017-03-14\n", with: "dob: 2017-03-14\nmis_id: A1\n")
            $0["plans/jacob-khan.md"] = MinimalContent.secondPlan.replacingOccurrences(
                of: "name: Jacob Khan\n", with: "name: Jacob Khan\nmis_id: A1\n")
        }
        let errors = fixture.analyse().diagnostics.filter { $0.severity == .error }
        #expect(
            errors == [
                .error(
                    "'mis_id' A1 is also the identifier of the plan in plans/amelia-khan.md",
                    at: SourceLocation(file: "plans/jacob-khan.md", line: 3, column: 1),
                    hint: "each pupil has one plan; keep the identifier only in the plan of the pupil it belongs to")
            ])
    }

    @Test func aPastVersionShownAsSourceDoesNotShowTheIdentifier() throws {
        let repo = Fixture.repository()
        repo.write("plans/amelia-khan.md", "---\nname: Amelia Khan\nmis_id: \(Self.identifier)\nstage: [sen-support\n---\nText\n")
        repo.commit("Half-written plan", date: "2026-09-06")
        repo.write("plans/amelia-khan.md", planText(extra: "mis_id: \(Self.identifier)\n"))
        repo.commit("Plan fixed", date: "2026-09-07")
        let output = NSTemporaryDirectory() + "sspwiki-site-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: output) }
        let report = SiteBuilder().build(
            BuildOptions(
                content: repo.content, output: output, themeDirectories: [Fixture.defaultTheme],
                today: Fixture.today))
        #expect(report.succeeded)
        let hash = try #require(repo.git("rev-parse", "--short=10", "HEAD~1").split(separator: "\n").first)
        let past = try String(contentsOfFile: output + "/plans/amelia-khan/rev/\(hash).html", encoding: .utf8)
        #expect(past.contains("mis_id: (not shown)"))
        for path in Fixture.files(under: output) {
            let text = String(decoding: FileManager.default.contents(atPath: output + "/" + path) ?? Data(), as: UTF8.self)
            #expect(!text.contains(Self.identifier), "\(path) shows the MIS identifier")
        }
    }
}
