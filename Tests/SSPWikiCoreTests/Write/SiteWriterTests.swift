import Foundation
import Testing

@testable import SSPWikiCore

/// The site folder is only ever replaced whole, and only when sspwiki made it.
@Suite("Writing the site folder")
struct SiteWriterTests {
    @Test func aBuildWritesTheSiteWithTheMarkerFile() {
        let (fixture, report) = builtSite()
        #expect(fixture.siteText(SiteWriter.marker)?.contains("sspwiki") == true)
        #expect(fixture.siteHas("index.html"))
        #expect(report.filesWritten == fixture.siteFiles().count - 1, "every file but the marker is counted")
        #expect(report.pagesWritten == fixture.htmlPages().count)
        #expect(report.plans == 2)
    }

    @Test func aSecondBuildReplacesTheSiteWhole() throws {
        let (fixture, _) = builtSite()
        fixture.remove("pages/apdr-calendar.md")
        fixture.edit("plans/jacob-khan.md", replacing: "Jacob's plan.", with: "Jacob's new plan.")
        let report = fixture.build()
        #expect(report.succeeded)
        #expect(!fixture.siteHas("pages/apdr-calendar.html"))
        #expect(fixture.siteText("plans/jacob-khan.html")?.contains("Jacob's new plan.") == true)
        #expect(fixture.siteHas(SiteWriter.marker))
        let leftovers = (try FileManager.default.contentsOfDirectory(atPath: fixture.root)).filter {
            $0 != "content" && $0 != "site" && $0 != ".sspwiki-cache"
        }
        #expect(leftovers.isEmpty, "staging or old folders were left behind: \(leftovers)")
    }

    @Test func aFolderSspwikiDidNotMakeIsNeverReplaced() throws {
        let fixture = Fixture(minimal: { _ in })
        try FileManager.default.createDirectory(atPath: fixture.output, withIntermediateDirectories: true)
        try "my thesis".write(toFile: fixture.output + "/thesis.docx", atomically: true, encoding: .utf8)
        let before = fixture.siteSnapshot()
        let report = fixture.build()
        #expect(!report.succeeded)
        let error = single(report.diagnostics, fixture.output, "the output folder is not empty and was not made by sspwiki")
        #expect(error?.severity == .error)
        #expect(error?.location == SourceLocation(file: fixture.output))
        #expect(error?.hint?.contains("--output") == true)
        #expect(fixture.siteSnapshot() == before)
        #expect(report.filesWritten == 0)
    }

    @Test func anEmptyExistingFolderIsUsed() throws {
        let fixture = Fixture(minimal: { _ in })
        try FileManager.default.createDirectory(atPath: fixture.output, withIntermediateDirectories: true)
        #expect(fixture.build().succeeded)
        #expect(fixture.siteHas(SiteWriter.marker))
    }

    @Test func anOutputPathThatIsAFileIsRefused() throws {
        let fixture = Fixture(minimal: { _ in })
        try "not a folder".write(toFile: fixture.output, atomically: true, encoding: .utf8)
        let report = fixture.build()
        #expect(single(report.diagnostics, fixture.output, "the output path is a file, not a folder")?.severity == .error)
        #expect(try String(contentsOfFile: fixture.output, encoding: .utf8) == "not a folder")
    }

    @Test func aFailedBuildLeavesThePreviousSiteExactlyAsItWas() {
        let diagnostics = rejectedBuild { $0.edit("plans/jacob-khan.md", replacing: "stage: sen-support", with: "stage: banana") }
        #expect(single(diagnostics, "plans/jacob-khan.md", "'stage' has an unknown value 'banana'") != nil)
    }

    @Test func aFileThatWouldLandOutsideTheSiteStopsTheWriteAndChangesNothing() throws {
        let (fixture, _) = builtSite()
        let before = fixture.siteSnapshot()
        let writer = SiteWriter(output: fixture.output)
        for path in ["../escaped.html", "/tmp/escaped.html", "a/../../escaped.html", "a//b.html", "./a.html"] {
            let problem = writer.write([
                OutputFile(path: "index.html", contents: .text("new")), OutputFile(path: path, contents: .text("x")),
            ])
            #expect(problem?.severity == .error, "\(path)")
            #expect(problem?.message.contains("refused to write") == true, "\(path)")
            #expect(problem?.hint?.contains("the previous site is unchanged") == true)
        }
        #expect(fixture.siteSnapshot() == before)
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/escaped.html"))
        let leftovers = (try FileManager.default.contentsOfDirectory(atPath: fixture.root)).filter {
            $0 != "content" && $0 != "site" && $0 != ".sspwiki-cache"
        }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func theWriterCopiesFilesAndWritesText() throws {
        let fixture = Fixture()
        let source = fixture.writeOutside("photo.jpg", "JPEG")
        let writer = SiteWriter(output: fixture.output)
        #expect(
            writer.write([
                OutputFile(path: "a/b/c.html", contents: .text("<p>hi</p>")),
                OutputFile(path: "media/photo.jpg", contents: .copy(from: source)),
            ]) == nil)
        #expect(fixture.siteText("a/b/c.html") == "<p>hi</p>")
        #expect(fixture.siteText("media/photo.jpg") == "JPEG")
        #expect(fixture.siteFiles() == [SiteWriter.marker, "a/b/c.html", "media/photo.jpg"])
    }
}
