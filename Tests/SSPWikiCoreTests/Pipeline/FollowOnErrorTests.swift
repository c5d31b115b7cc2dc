import Testing

@testable import SSPWikiCore

/// One mistake gives one error: a file that cannot be read still exists for the links,
/// references and related plans that name it.
@Suite("One mistake, one error")
struct FollowOnErrorTests {
    func errors(_ files: [String: String]) -> [Diagnostic] {
        let fixture = Fixture(files)
        return fixture.analyse().2.filter { $0.severity == .error }
    }

    @Test func aPlanWithABadDateIsStillThereForLinksAndRelatedPlans() {
        var files = MinimalContent.files
        files["plans/broken.md"] = MinimalContent.plan(name: "Bea Broken", start: "2026-02-30")
        files["plans/linker.md"] = MinimalContent.plan(
            name: "Lee Linker", extra: "related: [broken]\n",
            body: "See [[plan:broken]] and [[broken]].\n")
        let found = errors(files)
        #expect(found.count == 1, "\(Fixture.formatted(found))")
        #expect(found.first?.location.file == "plans/broken.md")
        #expect(found.first?.location.line == 4)
    }

    @Test func aCatalogueEntryWithAYAMLErrorIsStillThereForThePlansUsingIt() {
        var files = MinimalContent.files
        files["peass/visual-timetable.md"] = "---\ntitle: [Visual timetable\n---\nBody.\n"
        files["indes/speech-language.md"] = "---\ntitle Speech\n---\nBody.\n"
        let found = errors(files)
        #expect(
            Set(found.map(\.file)) == ["peass/visual-timetable.md", "indes/speech-language.md"], "\(Fixture.formatted(found))")
        #expect(found.count == 2, "\(Fixture.formatted(found))")
    }

    @Test func aLinkToAFileThatDoesNotExistIsStillAnError() {
        var files = MinimalContent.files
        files["plans/linker.md"] = MinimalContent.plan(name: "Lee Linker", body: "See [[plan:nobody]].\n")
        let found = errors(files)
        #expect(found.map(\.message) == ["'[[plan:nobody]]' links to a page that does not exist"])
    }
}
