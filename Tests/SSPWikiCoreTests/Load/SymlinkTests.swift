import Foundation
import Testing

@testable import SSPWikiCore

/// Nothing outside the content folder is ever read or copied into the site.
@Suite("Symbolic links out of the content folder")
struct SymlinkTests {
    @Test func aLinkLeadingOutsideIsAWarningAndIsNeverCopied() {
        let fixture = Fixture(minimal: { _ in })
        let secret = fixture.writeOutside("secret.jpg", "SECRET-OUTSIDE-CONTENT")
        fixture.symlink("media/leak.jpg", to: secret)
        let report = fixture.build()
        #expect(report.succeeded, "a link alone only warns")
        let warning = single(report.diagnostics, "media/leak.jpg", "symbolic link leads outside the content folder")
        #expect(warning?.severity == .warning)
        #expect(warning?.hint?.contains("copy the file into the content folder") == true)
        #expect(!fixture.siteHas("media/leak.jpg"))
        for path in fixture.siteFiles() {
            let data = FileManager.default.contents(atPath: fixture.output + "/" + path) ?? Data()
            #expect(!String(decoding: data, as: UTF8.self).contains("SECRET-OUTSIDE-CONTENT"), "\(path)")
        }
    }

    @Test func aPhotoNamingSuchALinkIsAnError() {
        let diagnostics = rejectedBuild { fixture in
            fixture.symlink("media/leak.jpg", to: fixture.writeOutside("secret.jpg", "secret"))
            fixture.edit("plans/amelia-khan.md", replacing: "photo: media/amelia-khan.jpg", with: "photo: media/leak.jpg")
        }
        let line = position(of: "photo:", in: MinimalContent.plan).line
        let error = single(diagnostics, "plans/amelia-khan.md", "'photo' names 'media/leak.jpg', a link that leads outside")
        #expect(error?.severity == .error)
        #expect(error?.location == SourceLocation(file: "plans/amelia-khan.md", line: line, column: 1))
        #expect(single(diagnostics, "media/leak.jpg", "symbolic link")?.severity == .warning)
    }

    @Test func aLinkedFolderLeadingOutsideIsNotWalked() {
        let fixture = Fixture(minimal: { _ in })
        let outside = fixture.root + "/elsewhere"
        try? FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        fixture.writeOutside("elsewhere/other-child.md", MinimalContent.plan(name: "Not Ours"))
        fixture.symlink("plans/elsewhere", to: outside)
        let (model, _, diagnostics) = fixture.analyse()
        #expect(single(diagnostics, "plans/elsewhere", "symbolic link leads outside")?.severity == .warning)
        #expect(model?.plans.contains { $0.id == "other-child" } == false)
    }

    @Test func aLinkThatStaysInsideIsFollowed() {
        let fixture = Fixture(minimal: { _ in })
        fixture.symlink("media/amy.jpg", to: "amelia-khan.jpg")
        let report = fixture.build()
        #expect(report.succeeded)
        #expect(report.diagnostics.about("media/amy.jpg").isEmpty)
        #expect(fixture.siteText("media/amy.jpg") == "not really a JPEG")
    }

    @Test func aLinkToTheEtcFolderIsIgnored() {
        let fixture = Fixture(minimal: { _ in })
        fixture.symlink("media/passwd", to: "/etc/passwd")
        let report = fixture.build()
        #expect(report.diagnostics.about("media/passwd", "symbolic link").count == 1)
        #expect(!fixture.siteHas("media/passwd"))
    }

    @Test
    func aLinkLoopInsideContentIsReportedNotFollowedForEver() {
        let fixture = Fixture(minimal: { _ in })
        fixture.symlink("plans/loop", to: "..")
        let report = fixture.build()
        #expect(report.diagnostics.about("plans/loop").count == 1)
    }

    @Test(arguments: [("plans/gone.md", "missing.md"), ("plans/a.md", "b.md")])
    func aLinkThatLeadsNowhereIsAWarning(_ path: String, _ destination: String) {
        let fixture = Fixture(minimal: { _ in })
        fixture.symlink(path, to: destination)
        if path == "plans/a.md" { fixture.symlink("plans/b.md", to: "a.md") }  // a loop
        let report = fixture.build()
        #expect(report.succeeded, "a skipped file alone only warns")
        let warning = single(report.diagnostics, path, "symbolic link leads nowhere")
        #expect(warning?.severity == .warning)
        #expect(warning?.hint == "remove the link, or put the file it should lead to in its place")
    }

    @Test func aPipeOrSocketIsAWarning() throws {
        let fixture = Fixture(minimal: { _ in })
        #expect(mkfifo(fixture.content + "/plans/pipe.md", 0o644) == 0)
        let report = fixture.build()
        #expect(report.succeeded)
        #expect(single(report.diagnostics, "plans/pipe.md", "not a regular file or folder")?.severity == .warning)
    }
}
