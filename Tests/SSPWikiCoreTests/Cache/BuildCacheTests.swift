import Foundation
import Testing

@testable import SSPWikiCore

/// A rebuild of unchanged content is skipped, but any change to what a build reads — a
/// content file, the theme, the day — rebuilds, and the skipped build reports the same warnings.
@Suite("Build cache: skipping a rebuild of unchanged content")
struct BuildCacheTests {
    func options(_ fixture: Fixture, today: Day = Fixture.today, theme: [String] = [Fixture.defaultTheme]) -> BuildOptions {
        BuildOptions(content: fixture.content, output: fixture.output, themeDirectories: theme, today: today)
    }

    @Test func anUnchangedRebuildIsSkippedAndRepeatsTheWarnings() {
        let fixture = Fixture(minimal: {
            $0["plans/amelia-khan.md"] = $0["plans/amelia-khan.md"]!
                .replacingOccurrences(of: "stage: sen-support", with: "stage: sen-support\nfavourite_colour: blue")
        })
        let first = SiteBuilder().build(options(fixture))
        #expect(first.succeeded && !first.upToDate)
        #expect(first.diagnostics.contains { $0.message.contains("favourite_colour") })
        let second = SiteBuilder().build(options(fixture))
        #expect(second.upToDate)
        #expect(second.diagnostics == first.diagnostics)
        #expect(second.pagesWritten == first.pagesWritten)
    }

    @Test func editingAPlanRebuilds() {
        let fixture = Fixture(minimal: { _ in })
        let first = SiteBuilder().build(options(fixture))
        #expect(first.succeeded && !first.upToDate && first.pagesWritten > 0, "\(Fixture.formatted(first.diagnostics))")
        fixture.edit("plans/amelia-khan.md", replacing: "name: Amelia Khan", with: "name: Amelia Khan-Rivers")
        let second = SiteBuilder().build(options(fixture))
        #expect(!second.upToDate)
        #expect(fixture.siteText("plans/amelia-khan.html")?.contains("Amelia Khan-Rivers") == true)
    }

    @Test func anotherDayRebuilds() {
        let fixture = Fixture(minimal: { _ in })
        let first = SiteBuilder().build(options(fixture))
        #expect(first.succeeded && !first.upToDate && first.pagesWritten > 0, "\(Fixture.formatted(first.diagnostics))")
        #expect(!SiteBuilder().build(options(fixture, today: Fixture.today.adding(days: 1))).upToDate)
    }

    @Test func aThemeOverrideRebuilds() throws {
        let fixture = Fixture(minimal: { _ in })
        let first = SiteBuilder().build(options(fixture))
        #expect(first.succeeded && !first.upToDate && first.pagesWritten > 0, "\(Fixture.formatted(first.diagnostics))")
        let theme = fixture.root + "/theme"
        try FileManager.default.createDirectory(atPath: theme + "/assets", withIntermediateDirectories: true)
        try "body { color: black; }\n".write(toFile: theme + "/assets/style.css", atomically: true, encoding: .utf8)
        let second = SiteBuilder().build(options(fixture, theme: [Fixture.defaultTheme, theme]))
        #expect(!second.upToDate)
        #expect(fixture.siteText("assets/style.css") == "body { color: black; }\n")
    }

    @Test func aDeletedSiteIsBuiltAgain() throws {
        let fixture = Fixture(minimal: { _ in })
        let first = SiteBuilder().build(options(fixture))
        #expect(first.succeeded && !first.upToDate && first.pagesWritten > 0, "\(Fixture.formatted(first.diagnostics))")
        try FileManager.default.removeItem(atPath: fixture.output)
        let second = SiteBuilder().build(options(fixture))
        #expect(!second.upToDate)
        #expect(fixture.siteText("index.html") != nil)
    }
}
