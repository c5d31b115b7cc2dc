import Testing

@testable import SSPWikiCore

/// Files that cannot be read as front matter + Markdown: each gets its own error at the place
/// to look, the build fails, and the previous site is left exactly as it was.
@Suite("Malformed files")
struct MalformedInputTests {
    @Test func malformedYAMLIsReportedAtTheOffendingCharacter() {
        let diagnostics = rejectedBuild {
            $0.write("plans/child.md", MinimalContent.plan(extra: "medical: Asthma: inhaler in the office\n"))
        }
        let error = single(diagnostics, "plans/child.md", "malformed YAML")
        #expect(error?.severity == .error)
        #expect(error?.location == SourceLocation(file: "plans/child.md", line: 6, column: 16))
        #expect(error?.message.contains("mapping values are not allowed") == true)
        #expect(error?.hint?.contains("in quotes") == true)
    }

    @Test func malformedYAMLInSiteSettingsIsReportedToo() {
        let diagnostics = rejectedBuild { $0.write("site.yml", "setting: \"Kestrel Primary\nphase: primary\n") }
        let error = single(diagnostics, "site.yml", "malformed YAML")
        #expect(error?.severity == .error)
        #expect((error?.location.line ?? 0) >= 1)
    }

    @Test func aKeyWrittenTwiceIsReported() {
        let diagnostics = rejectedBuild {
            $0.write("plans/child.md", MinimalContent.plan(extra: "class: Kestrels\nclass: Owls\n"))
        }
        let error = single(diagnostics, "plans/child.md", "field 'class' is written twice")
        #expect(error?.severity == .error)
        #expect(error?.location.line == 6)
        #expect(error?.hint == "keep one of them")
    }

    @Test func anEmptyFileIsAnError() {
        let diagnostics = rejectedBuild { $0.write("plans/empty.md", "") }
        let error = single(diagnostics, "plans/empty.md", "file is empty")
        #expect(error?.location == SourceLocation(file: "plans/empty.md", line: 1, column: 1))
        #expect(error?.severity == .error)
        #expect(error?.hint?.contains("---") == true)
    }

    @Test func aFileOfBlankLinesIsEmptyToo() {
        let diagnostics = rejectedBuild { $0.write("pages/blank.md", "\n  \n\n") }
        #expect(single(diagnostics, "pages/blank.md", "file is empty")?.location.line == 1)
    }

    @Test func aFileWithoutFrontMatterIsAnError() {
        let diagnostics = rejectedBuild { $0.write("plans/notes.md", "Amy had a good week.\n") }
        let error = single(diagnostics, "plans/notes.md", "file has no front matter")
        #expect(error?.location == SourceLocation(file: "plans/notes.md", line: 1, column: 1))
        #expect(error?.hint?.contains("start the file with a `---` line") == true)
    }

    @Test func frontMatterThatIsNeverClosedIsAnError() {
        let diagnostics = rejectedBuild { $0.write("plans/open.md", "---\nname: Test Child\nstage: sen-support\n") }
        let error = single(diagnostics, "plans/open.md", "front matter is not closed")
        #expect(error?.location == SourceLocation(file: "plans/open.md", line: 1, column: 1))
    }

    @Test func emptyFrontMatterIsAnError() {
        let diagnostics = rejectedBuild { $0.write("pages/bare.md", "---\n---\nSome text.\n") }
        #expect(single(diagnostics, "pages/bare.md", "front matter is empty")?.severity == .error)
    }

    @Test func frontMatterThatIsAListIsAnError() {
        let diagnostics = rejectedBuild { $0.write("plans/list.md", "---\n- name: Test Child\n---\n") }
        let error = single(diagnostics, "plans/list.md", "a plan must be a set of `key: value` lines")
        #expect(error?.location.line == 2)
    }

    @Test func aFileNameThatIsNotAValidIDIsAnError() {
        let diagnostics = rejectedBuild { $0.write("plans/Amy Khan.md", MinimalContent.plan()) }
        let error = single(diagnostics, "plans/Amy Khan.md", "'Amy Khan' is not a valid id")
        #expect(error?.hint?.contains("lowercase letters") == true)
    }
}
