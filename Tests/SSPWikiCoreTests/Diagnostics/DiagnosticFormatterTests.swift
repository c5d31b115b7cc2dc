import Testing

@testable import SSPWikiCore

@Suite("DiagnosticFormatter: the text a person reads")
struct DiagnosticFormatterTests {
    let formatter = DiagnosticFormatter(contentPrefix: "content")

    @Test func errorWithHintIsTwoLinesLikeACompiler() {
        let diagnostic = Diagnostic.error(
            "'stage' has an unknown value 'sen-suport'",
            at: SourceLocation(file: "plans/x.md", line: 12, column: 5),
            hint: "did you mean 'sen-support'?")
        #expect(
            formatter.format(diagnostic)
                == "content/plans/x.md:12:5: error: 'stage' has an unknown value 'sen-suport'\n    hint: did you mean 'sen-support'?"
        )
    }

    @Test func withoutAHintThereIsOneLine() {
        let diagnostic = Diagnostic.warning("message", at: SourceLocation(file: "plans/x.md", line: 3, column: 1))
        #expect(formatter.format(diagnostic) == "content/plans/x.md:3:1: warning: message")
        let emptyHint = Diagnostic.error("message", at: SourceLocation(file: "plans/x.md", line: 3, column: 1), hint: "")
        #expect(formatter.format(emptyHint) == "content/plans/x.md:3:1: error: message")
    }

    @Test func unknownLineOrColumnIsLeftOut() {
        #expect(formatter.format(.error("m", at: SourceLocation(file: "media/a.jpg"))) == "content/media/a.jpg: error: m")
        #expect(formatter.format(.error("m", at: SourceLocation(file: "site.yml", line: 4))) == "content/site.yml:4: error: m")
        #expect(
            formatter.format(.error("content folder not found", at: SourceLocation(file: "")))
                == "content: error: content folder not found")
    }

    @Test func theContentPrefixIsJoinedWithOneSlash() {
        let at = SourceLocation(file: "plans/x.md", line: 1, column: 1)
        #expect(DiagnosticFormatter(contentPrefix: "content/").format(.error("m", at: at)) == "content/plans/x.md:1:1: error: m")
        #expect(DiagnosticFormatter(contentPrefix: ".").format(.error("m", at: at)) == "plans/x.md:1:1: error: m")
        #expect(DiagnosticFormatter(contentPrefix: "").format(.error("m", at: at)) == "plans/x.md:1:1: error: m")
        #expect(
            DiagnosticFormatter(contentPrefix: "/srv/send/content").format(.error("m", at: at))
                == "/srv/send/content/plans/x.md:1:1: error: m")
    }

    @Test func qualityRulesAreNamedAfterTheSeverity() {
        let diagnostic = Diagnostic.warning(
            "target T1 has no baseline", at: SourceLocation(file: "plans/x.md", line: 20, column: 5),
            rule: "target-no-baseline")
        #expect(formatter.format(diagnostic) == "content/plans/x.md:20:5: warning[target-no-baseline]: target T1 has no baseline")
    }

    @Test func allDiagnosticsAreSortedAndSummarised() {
        let diagnostics: [Diagnostic] = [
            .warning("w2", at: SourceLocation(file: "plans/b.md", line: 2, column: 1)),
            .error("e1", at: SourceLocation(file: "plans/b.md", line: 2, column: 1)),
            .warning("w1", at: SourceLocation(file: "plans/a.md", line: 9, column: 1)),
            Diagnostic(.note, at: SourceLocation(file: "plans/c.md", line: 1, column: 1), "n1"),
        ]
        #expect(
            formatter.format(all: diagnostics) == """
                content/plans/a.md:9:1: warning: w1
                content/plans/b.md:2:1: error: e1
                content/plans/b.md:2:1: warning: w2
                content/plans/c.md:1:1: note: n1
                1 error, 2 warnings
                """)
        #expect(
            formatter.format(all: [
                .error("e", at: SourceLocation(file: "a.md", line: 1, column: 1)),
                .error("e", at: SourceLocation(file: "b.md", line: 1, column: 1)),
            ])
            .hasSuffix("\n2 errors, 0 warnings"))
        #expect(formatter.format(all: []) == "")
    }

    @Test func pathsOutsideTheContentFolderArePrintedAsTheyAre() {
        #expect(
            formatter.format(.error("the output folder is not empty", at: SourceLocation(file: "/srv/school/site")))
                == "/srv/school/site: error: the output folder is not empty")
        #expect(
            formatter.format(
                .error("bad tag", at: SourceLocation(file: "built-in:themes/default/templates/plan.mustache", line: 3)))
                == "built-in:themes/default/templates/plan.mustache:3: error: bad tag")
        #expect(formatter.displayPath("plans/a.md") == "content/plans/a.md")
    }

    @Test func escapeSequencesFromTheContentNeverReachTheTerminal() {
        let diagnostic = Diagnostic.error(
            "unknown stage 'x\u{1B}]0;owned\u{07}\u{1B}[2J'",
            at: SourceLocation(file: "plans/a\u{202E}dm.md", line: 3, column: 1),
            hint: "did you mean\n'sen-support'?")
        let text = formatter.format(diagnostic)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(
            text
                == "content/plans/a\\u{202E}dm.md:3:1: error: unknown stage 'x\\u{1B}]0;owned\\u{7}\\u{1B}[2J'\n    hint: did you mean\\u{A}'sen-support'?"
        )
    }
}
