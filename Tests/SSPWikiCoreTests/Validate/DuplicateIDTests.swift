import Testing

@testable import SSPWikiCore

@Suite("Ids are unique")
struct DuplicateIDTests {
    @Test func thePlanIdIsUniqueAcrossAllFoldersUnderPlans() {
        let diagnostics = rejectedBuild { fixture in
            fixture.write("plans/a/x.md", MinimalContent.plan(name: "Child A"))
            fixture.write("plans/b/x.md", MinimalContent.plan(name: "Child B"))
        }
        let error = single(diagnostics, "plans/b/x.md", "plan id 'x' is used twice: here and in plans/a/x.md")
        #expect(error?.severity == .error)
        #expect(error?.location == SourceLocation(file: "plans/b/x.md", line: 1, column: 1))
        #expect(error?.hint?.contains("rename one of the files") == true)
        #expect(diagnostics.errors.about("plans/a/x.md").isEmpty, "the first file is the one kept")
    }

    @Test func aPlanInASubFolderClashesWithOneAtTheTop() {
        let diagnostics = rejectedBuild { $0.write("plans/year-3/amelia-khan.md", MinimalContent.plan(name: "Another Amelia")) }
        #expect(single(diagnostics, "plans/year-3/amelia-khan.md", "plan id 'amelia-khan' is used twice")?.severity == .error)
    }

    @Test func aGlossaryTermExplainedTwiceIsAnError() {
        let diagnostics = rejectedBuild {
            $0.write("glossary.yml", "SALT: Speech and Language Therapist\nSALT: Speech and Language Therapy\n")
        }
        let error = single(diagnostics, "glossary.yml", "'SALT' is written twice")
        #expect(error?.severity == .error)
        #expect(error?.location == SourceLocation(file: "glossary.yml", line: 1, column: 1))
        #expect(error?.hint == "keep one of them")
    }

    @Test func aPlanAndAPageMayShareAnIdButALinkToItMustSayWhich() {
        let fixture = Fixture(minimal: {
            $0["pages/jacob-khan.md"] = MinimalContent.page(title: "About Jacob's group", body: "Text.\n")
            $0["pages/apdr-calendar.md"] = MinimalContent.page(body: "See [[jacob-khan]].\n")
        })
        let report = fixture.build()
        let error = single(report.diagnostics, "pages/apdr-calendar.md", "'[[jacob-khan]]' could mean more than one page")
        #expect(error?.location == SourceLocation(file: "pages/apdr-calendar.md", line: 4, column: 5))
        #expect(error?.hint == "write [[plan:jacob-khan]] or [[page:jacob-khan]]")
    }
}
