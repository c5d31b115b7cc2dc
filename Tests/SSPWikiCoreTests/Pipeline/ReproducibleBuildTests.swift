import Foundation
import Testing

@testable import SSPWikiCore

/// Two clean builds of the same content on the same day are byte-identical, however many plans
/// tie on name, review date, class, teacher, role or title (every list breaks ties by id).
@Suite struct ReproducibleBuildTests {
    /// Plans that tie on everything the lists sort by: the same name, review date, start, class
    /// (written two ways), teacher, needs and provision roles (differing only in case).
    static func tiedContent(count: Int) -> [String: String] {
        var files = ViewsContent.files
        for index in 0..<count {
            let who = index.isMultiple(of: 2) ? "TA" : "ta"
            files["plans/sam-lee-\(index).md"] = ViewsContent.plan(
                "Sam Lee", review: "2026-12-04",
                extra: """
                    year_group: 3
                    class: \(index.isMultiple(of: 3) ? "Kestrels" : "kestrels")
                    teacher: Mrs J Patel
                    case_holder: Mr D Evans
                    needs:
                      - indes: speech-language
                        level: 2
                        primary: true
                    provisions:
                      - what: Language group
                        peass: language-group
                        kind: additional
                        who: \(who)
                        how_often: 3 per week
                        minutes: 20
                      - what: Language group
                        kind: additional
                        who: \(who.uppercased() == who ? "ta" : "TA")
                        how_often: weekly
                        minutes: 20

                    """, body: "## About me\n\nI like lego and the SALT. See [[plan:sam-lee-\((index + 1) % count)]].\n")
        }
        files["peass/language-group-2.md"] =
            "---\ntitle: Language group\ncategory: communication-interaction\nlevel: sendco\n---\nAnother.\n"
        files["indes/speech-language-2.md"] = MinimalContent.indesSection(
            "Speech and language", levels: ["Typically developing", "Emerging need"], body: "The same title.\n")
        return files
    }

    @Test func twoCleanBuildsOfTiedPlansAreByteIdentical() throws {
        // Two content folders with the same files, written in different orders (so the folders
        // list differently), each built into a clean folder; the marker's build stamp names the
        // content folder, so it alone may differ.
        let first = Fixture(Self.tiedContent(count: 12))
        let second = Fixture(Self.tiedContent(count: 12))
        first.buildExpectingSuccess()
        second.buildExpectingSuccess()
        Self.expectSame(first.siteSnapshot(), second.siteSnapshot(), except: [".sspwiki-site"])
    }

    @Test func theSameContentBuiltTwiceIntoCleanFoldersIsByteIdentical() throws {
        let fixture = Fixture(Self.tiedContent(count: 12))
        fixture.buildExpectingSuccess()
        let again = fixture.root + "/site-again"
        let report = SiteBuilder().build(
            BuildOptions(
                content: fixture.content, output: again,
                themeDirectories: [Fixture.defaultTheme], today: Fixture.today))
        #expect(report.succeeded)
        let rebuilt = Dictionary(
            uniqueKeysWithValues: Fixture.files(under: again).map {
                ($0, FileManager.default.contents(atPath: again + "/" + $0) ?? Data())
            })
        Self.expectSame(fixture.siteSnapshot(), rebuilt, except: [])
    }

    static func expectSame(
        _ a: [String: Data], _ b: [String: Data], except: Set<String>,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(a.count > 20, sourceLocation: sourceLocation)
        #expect(Set(a.keys) == Set(b.keys), sourceLocation: sourceLocation)
        let differing = a.keys.filter { !except.contains($0) && a[$0] != b[$0] }.sorted()
        #expect(differing.isEmpty, "files differ between two clean builds: \(differing)", sourceLocation: sourceLocation)
    }
}
