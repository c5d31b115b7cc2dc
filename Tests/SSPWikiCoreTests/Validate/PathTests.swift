import Testing

@testable import SSPWikiCore

/// Paths in front matter and Markdown must name files inside the content folder, under media/.
@Suite("Paths stay inside the content folder")
struct PathTests {
    let file = "plans/amelia-khan.md"
    var photoLine: Int { position(of: "photo:", in: MinimalContent.plan).line }

    @Test(arguments: [
        "../secret.jpg", "/etc/passwd", "media/../../secret.jpg", "~/photo.jpg", "file:///etc/passwd", "media\\amy.jpg",
    ])
    func aPhotoPathEscapingContentIsAnError(_ path: String) {
        let diagnostics = rejectedBuild { fixture in
            fixture.writeOutside("secret.jpg", "secret")
            fixture.edit(file, replacing: "photo: media/amelia-khan.jpg", with: "photo: '\(path)'")
        }
        let error = single(diagnostics, file, "'photo' must be a path inside the content folder, not '\(path)'")
        #expect(error?.severity == .error)
        #expect(error?.location == SourceLocation(file: file, line: photoLine, column: 1))
        #expect(error?.hint == "put the file under content/media/ and write `photo: media/file-name`")
    }

    @Test func aMissingPhotoSuggestsTheClosestFile() {
        let diagnostics = rejectedBuild {
            $0.edit(file, replacing: "photo: media/amelia-khan.jpg", with: "photo: media/amelia-kahn.jpg")
        }
        let error = single(diagnostics, file, "'photo' names 'media/amelia-kahn.jpg', which does not exist")
        #expect(error?.hint == "did you mean 'media/amelia-khan.jpg'?")
    }

    @Test func aPhotoOutsideMediaIsAnError() {
        let diagnostics = rejectedBuild { $0.edit(file, replacing: "photo: media/amelia-khan.jpg", with: "photo: site.yml") }
        #expect(single(diagnostics, file, "'photo' must name a file under media/, not 'site.yml'")?.severity == .error)
    }

    @Test func aReportPathIsCheckedLikeAPhoto() {
        let diagnostics = rejectedBuild {
            $0.edit(file, replacing: "report: media/salt-report.pdf", with: "report: ../../etc/shadow")
        }
        let error = single(diagnostics, file, "'external[0].report' must be a path inside the content folder")
        #expect(error?.location.line == position(of: "report:", in: MinimalContent.plan).line)
        #expect(error?.location.column == 5)
    }

    @Test func markdownLinksAndImagesToMissingFilesAreErrorsAtTheirLine() {
        let diagnostics = rejectedBuild {
            $0.write("pages/help.md", MinimalContent.page(body: "Intro.\n\n![Amy](media/nothere.jpg)\n"))
        }
        let error = single(diagnostics, "pages/help.md", "'link' names 'media/nothere.jpg', which does not exist")
        #expect(error?.location == SourceLocation(file: "pages/help.md", line: 6, column: 1))
    }

    @Test func markdownLinksOutOfTheContentFolderAreDropped() throws {
        let fixture = Fixture(minimal: {
            $0["pages/help.md"] = MinimalContent.page(
                body: "[secret](../secret.txt) and [root](/etc/passwd) and ![x](C:\\\\x.png)\n")
        })
        let report = fixture.build()
        #expect(report.succeeded, "\(report.diagnostics.errors)")
        let html = try #require(fixture.siteText("pages/help.html"))
        #expect(!html.contains("secret.txt"))
        #expect(!html.contains("/etc/passwd"))
        #expect(html.contains("<a href=\"\">secret</a>"))
    }

    @Test func aLocalLinkIsMadeRelativeToThePage() throws {
        let (fixture, _) = builtSite {
            $0["pages/help.md"] = MinimalContent.page(body: "[the report](media/salt-report.pdf#page=2)\n")
        }
        let html = try #require(fixture.siteText("pages/help.html"))
        #expect(html.contains("<a href=\"../media/salt-report.pdf#page=2\">the report</a>"))
    }
}

/// The question the renderer asks of every photo and report link (`PathChecker.accepts`): the
/// same verdict as the checks, without making a message.
@Suite("Paths: the renderer's question")
struct PathQuestionTests {
    static func checker() -> PathChecker {
        var model = ContentModel(root: "content", config: SiteConfig(setting: "Kestrel Primary School"))
        model.files = ["media/amelia-khan.jpg", "plans/amelia-khan.md", "media/linked/photo.jpg"]
        model.escapingLinks = ["media/linked"]
        return PathChecker(model: model)
    }

    @Test func eachProblemIsNamedAndOnlyAFileUnderMediaIsAccepted() {
        let checker = Self.checker()
        #expect(checker.problem(with: "media/amelia-khan.jpg") == nil)
        #expect(checker.problem(with: "./media//amelia-khan.jpg") == nil)
        #expect(checker.problem(with: "../media/amelia-khan.jpg") == .outsideContent)
        #expect(checker.problem(with: "media/linked/photo.jpg") == .escapingLink)
        #expect(checker.problem(with: "media/gone.jpg") == .missing("media/gone.jpg"))
        #expect(checker.problem(with: "plans/amelia-khan.md") == .notUnderMedia)
        #expect(checker.accepts("media/amelia-khan.jpg"))
        #expect(!checker.accepts("media/gone.jpg"))
    }

    @Test func theQuestionAndTheCheckAgree() {
        let checker = Self.checker()
        for path in ["media/amelia-khan.jpg", "/etc/passwd", "media/linked/photo.jpg", "media/gone.jpg", "plans/amelia-khan.md"] {
            let diagnostics = checker.check(path, field: "photo", at: SourceLocation(file: "plans/a.md"))
            #expect(checker.accepts(path) == diagnostics.isEmpty, "\(path)")
        }
    }
}
