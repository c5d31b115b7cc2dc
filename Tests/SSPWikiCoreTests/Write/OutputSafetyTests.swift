import Foundation
import Testing

@testable import SSPWikiCore

/// The output folder is replaced whole, so sspwiki must never replace one that holds the
/// content, its repository or anybody's files; the swap leaves a whole site at every instant.
@Suite("Output folder safety")
struct OutputSafetyTests {
    func build(_ fixture: Fixture, output: String) -> BuildReport {
        SiteBuilder().build(BuildOptions(content: fixture.content, output: output, themeDirectories: [], today: Fixture.today))
    }

    func contentSnapshot(_ fixture: Fixture) -> [String] {
        SiteInventory.walk(fixture.content)
    }

    @Test func anOutputFolderHoldingTheContentIsNeverReplaced() throws {
        let fixture = Fixture(minimal: { _ in })
        let before = contentSnapshot(fixture)
        #expect(before.count > 3)
        // The root carries a marker, as if an earlier build had been written there.
        try "sspwiki site; this folder is replaced on each build\n".write(
            toFile: fixture.root + "/" + SiteWriter.marker,
            atomically: true, encoding: .utf8)
        let report = build(fixture, output: fixture.root)
        #expect(!report.succeeded)
        #expect(report.environmentFailed)
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix("the output folder holds ") == true)
        #expect(errors.first?.message.hasSuffix("; replacing it would delete it") == true)
        #expect(contentSnapshot(fixture) == before)
    }

    @Test func anOutputFolderThatIsTheGitRepositoryOfTheContentIsRefused() throws {
        let fixture = Fixture(minimal: { _ in })
        try FileManager.default.createDirectory(atPath: fixture.root + "/repo/.git", withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: fixture.content, toPath: fixture.root + "/repo/content")
        let report = SiteBuilder().build(
            BuildOptions(
                content: fixture.root + "/repo/content", output: fixture.root + "/repo",
                themeDirectories: [], today: Fixture.today, history: false))
        #expect(
            report.diagnostics.filter { $0.severity == .error }.map(\.message).first?.contains("replacing it would delete it")
                == true)
        #expect(FileManager.default.fileExists(atPath: fixture.root + "/repo/content/site.yml"))
    }

    @Test(arguments: ["content/site", "content/media/site"])
    func anOutputFolderInsideTheContentIsRefused(_ place: String) {
        let fixture = Fixture(minimal: { _ in })
        let report = build(fixture, output: fixture.root + "/" + place)
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.message) == ["the output folder is inside the content folder"])
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/" + place))
    }

    @Test func aFilePutIntoTheSiteFolderIsNeverDeleted() throws {
        let (fixture, _) = builtSite()
        try "my notes".write(toFile: fixture.output + "/notes.txt", atomically: true, encoding: .utf8)
        fixture.edit("plans/jacob-khan.md", replacing: "Jacob's plan.", with: "Jacob's new plan.")
        let report = fixture.build()
        #expect(!report.succeeded)
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(
            errors.map(\.message) == ["the output folder holds 'notes.txt' that sspwiki did not write; it will not be replaced"])
        #expect(fixture.siteText("notes.txt") == "my notes")
    }

    @Test func twoCleanBuildsOfTheSameContentAreByteIdentical() throws {
        let first = Fixture(ViewsContent.files)
        let second = Fixture(ViewsContent.files)
        #expect(first.build().succeeded && second.build().succeeded)
        let paths = first.siteFiles()
        #expect(paths == second.siteFiles())
        // The marker carries the build stamp, which includes media files' times for the cache;
        // every file of the site itself must match.
        for path in paths where path != SiteWriter.marker {
            #expect(first.siteBytes(path) == second.siteBytes(path), "\(path) differs")
        }
    }

    @Test func aPageDeletedOrEmptiedInTheSiteIsWrittenAgainByTheNextBuild() throws {
        let (fixture, _) = builtSite()
        let page = try #require(fixture.siteText("plans/amelia-khan.html"))
        #expect(fixture.build().upToDate, "an untouched site is up to date")
        try "".write(toFile: fixture.output + "/plans/amelia-khan.html", atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(atPath: fixture.output + "/glossary.html")
        let report = fixture.build()
        #expect(report.succeeded && !report.upToDate)
        #expect(fixture.siteText("plans/amelia-khan.html") == page)
        #expect(fixture.siteHas("glossary.html"))
    }
}
