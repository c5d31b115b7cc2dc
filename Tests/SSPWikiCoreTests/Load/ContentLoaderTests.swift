import Testing

@testable import SSPWikiCore

@Suite("ContentLoader: which files are content")
struct ContentLoaderTests {
    @Test func filesStartingWithDotOrUnderscoreAndOtherTypesAreIgnored() {
        let fixture = Fixture(minimal: {
            $0["plans/_template.md"] = "not front matter at all"
            $0["plans/.amy.md.swp"] = "editor junk"
            $0["plans/notes.txt"] = "notes"
            $0["pages/.hidden.md"] = ""
            $0["_drafts/x.md"] = ""
            $0["README.md"] = "# About this folder"
        })
        let (loaded, diagnostics) = ContentLoader().load(root: fixture.content)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(
            loaded.sources.map(\.path) == [
                "glossary.yml", "indes/speech-language.md", "pages/apdr-calendar.md", "peass/visual-timetable.md",
                "plans/amelia-khan.md", "plans/jacob-khan.md", "site.yml",
            ])
        #expect(loaded.sources.map(\.kind) == [.glossary, .indes, .page, .peass, .plan, .plan, .site])
        #expect(loaded.media.map(\.path) == ["media/amelia-khan.jpg", "media/salt-report.pdf"])
        #expect(fixture.build().succeeded)
    }

    @Test func plansInSubFoldersTakeTheirIdFromTheFileName() throws {
        let fixture = Fixture(minimal: { $0["plans/year-7/set-b/theo-banks.md"] = MinimalContent.plan(name: "Theo Banks") })
        let (model, _, diagnostics) = fixture.analyse()
        #expect(diagnostics.errors.isEmpty)
        let plan = try #require(model?.plans.first { $0.name == "Theo Banks" })
        #expect(plan.id == "theo-banks")
        #expect(plan.path == "plans/year-7/set-b/theo-banks.md")
        #expect(fixture.build().succeeded)
        #expect(fixture.siteHas("plans/theo-banks.html"))
    }

    @Test func aMissingContentFolderIsAnError() {
        let fixture = Fixture()
        let report = SiteBuilder().build(
            BuildOptions(
                content: fixture.root + "/nowhere", output: fixture.output,
                themeDirectories: [Fixture.defaultTheme], today: Fixture.today))
        #expect(!report.succeeded)
        let error = single(report.diagnostics, "", "content folder not found")
        #expect(error?.hint?.contains("--content") == true)
        #expect(!fixture.siteHas("index.html"))
    }

    @Test func mediaFilesAreCopiedAsTheyAre() {
        let fixture = Fixture(minimal: { _ in })
        fixture.writeBytes("media/scan.bin", [0x00, 0xFF, 0x10, 0x80])
        #expect(fixture.build().succeeded)
        #expect(fixture.siteBytes("media/scan.bin") == [0x00, 0xFF, 0x10, 0x80])
        #expect(fixture.siteText("media/amelia-khan.jpg") == "not really a JPEG")
    }
}
