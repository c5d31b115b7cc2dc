import Testing

@testable import SSPWikiCore

/// A YAML syntax mistake is one error in plain words at the line (and column) of the mistake,
/// not libyaml's wording at the place it noticed it.
@Suite("YAML syntax errors in plain words")
struct YAMLSyntaxErrorTests {
    /// The errors of a build whose only unusual file is `plans/child.md` with `text`.
    func errors(_ text: String) -> [Diagnostic] {
        var files = MinimalContent.files
        files["plans/child.md"] = text
        return Fixture(files).analyse().2.filter { $0.severity == .error }
    }

    func error(line: Int, column: Int, _ message: String, hint: String) -> Diagnostic {
        .error(message, at: SourceLocation(file: "plans/child.md", line: line, column: column), hint: hint)
    }

    @Test func aMissingColonIsReportedOnItsOwnLine() {
        let text =
            "---\nstage: sen-support\nstart: 2026-09-08\nreview: 2026-12-11\nclass: Owls\nteacher: Ms Patel\n"
            + "case_holder: Mr Jones\nname Amy\n---\nBody.\n"
        #expect(
            errors(text) == [
                error(
                    line: 8, column: 1, "malformed YAML: `name Amy` needs a colon after the field name",
                    hint: "write it as `name: Amy`")
            ])
    }

    @Test func aMissingColonBeforeAnotherFieldIsReportedOnItsOwnLine() {
        let found = errors(MinimalContent.plan(extra: "class: Owls\nteacher Ms Patel\ncase_holder: Mr Jones\n"))
        #expect(
            found == [
                error(
                    line: 7, column: 1, "malformed YAML: `teacher Ms Patel` needs a colon after the field name",
                    hint: "write it as `teacher: Ms Patel`")
            ])
    }

    @Test func aListItemWithoutItsDashSaysBoth() {
        let found = errors(MinimalContent.plan(extra: "flags:\n  - eal\n  pupil-premium\n"))
        #expect(
            found == [
                error(
                    line: 8, column: 3, "malformed YAML: `pupil-premium` needs a colon after the field name",
                    hint: "write it as `pupil-premium: …`, or as `- pupil-premium` if it is another item of the list above")
            ])
    }

    @Test(arguments: ["targets:\n\t- id: T1\n", "class: Owls\n\tteacher: Ms Patel\n"])
    func aTabUsedForIndentationIsReportedAtTheTab(_ extra: String) {
        let line = 6 + extra.prefix(while: { $0 != "\t" }).filter { $0 == "\n" }.count
        #expect(
            errors(MinimalContent.plan(extra: extra)) == [
                error(
                    line: line, column: 1, "malformed YAML: a tab is used to indent this line",
                    hint: "indent with spaces only: YAML does not allow tabs for indentation")
            ])
    }

    @Test func aQuoteNeverClosedIsReportedWhereItOpens() {
        let found = errors(MinimalContent.plan(extra: "medical: none\nclass: \"Owls\nteacher: Ms Patel\n"))
        #expect(
            found == [
                error(
                    line: 7, column: 8, "malformed YAML: the quote opened here is never closed",
                    hint: "end the text with a matching \" on the same line, or leave the quotes out")
            ])
    }

    @Test func aQuoteClosedOnlyByTheNextQuotedValueIsReportedWhereItOpens() {
        let found = errors(MinimalContent.plan(extra: "class: 'Owls\nteacher: 'Ms Patel'\n"))
        #expect(
            found == [
                error(
                    line: 6, column: 8, "malformed YAML: the quote opened here is not closed on its line",
                    hint: "end the text with a matching ' on the same line, or leave the quotes out")
            ])
    }

    @Test func textAfterAClosingQuoteIsReportedWhereItStarts() {
        let found = errors(MinimalContent.plan(extra: "class: \"Owls\" Kestrels\n"))
        #expect(
            found == [
                error(
                    line: 6, column: 15, "malformed YAML: there is more text after the closing quote",
                    hint: "put the whole value inside the quotes")
            ])
    }

    @Test func aFieldIndentedTooFarIsReportedOnItsLine() {
        let found = errors(MinimalContent.plan(extra: "class: Owls\n  teacher: Ms Patel\n"))
        #expect(
            found == [
                error(
                    line: 7, column: 3, "malformed YAML: `teacher: Ms Patel` is indented more than the field above it",
                    hint: "start it in the same column as the field above: YAML reads a deeper line as part of the value above")
            ])
    }

    @Test func aFieldIndentedTooLittleIsReportedOnItsLine() {
        let found = errors(MinimalContent.plan(extra: "targets:\n  - id: T1\n outcome: Read ten words\n"))
        #expect(
            found == [
                error(
                    line: 8, column: 2, "malformed YAML: `outcome: Read ten words` is not indented like the fields around it",
                    hint: "start it in the same column as the fields it belongs with, using spaces")
            ])
    }

    @Test func aStrayDashIsReportedOnItsLine() {
        let found = errors(MinimalContent.plan(extra: "class: Owls\n- teacher: Ms Patel\n"))
        #expect(
            found == [
                error(
                    line: 7, column: 1, "malformed YAML: a list item `- teacher: Ms Patel` stands where a field was expected",
                    hint: "remove the `-`, or put the list under a field: `field:` then indented `- item` lines")
            ])
    }

    @Test func aListItemOutOfLineIsReportedOnItsLine() {
        let found = errors(MinimalContent.plan(extra: "flags:\n  - eal\n - pupil-premium\n"))
        #expect(
            found == [
                error(
                    line: 8, column: 2, "malformed YAML: the list item `- pupil-premium` is not indented like the items above it",
                    hint: "start every `- ` of one list in the same column")
            ])
    }

    @Test func aValueHoldingAColonNamesItsFieldAndTheQuotedFix() {
        let found = errors(MinimalContent.plan(extra: "medical: Asthma: inhaler in the office\n"))
        #expect(
            found == [
                error(
                    line: 6, column: 16,
                    "malformed YAML: the value of 'medical' holds ': ' (mapping values are not allowed in this context)",
                    hint: "put the value in quotes: `medical: \"Asthma: inhaler in the office\"`")
            ])
    }

    @Test func aListNeverClosedNamesTheLineItOpensOn() {
        let found = errors(MinimalContent.plan(extra: "flags: [eal\nclass: Owls\n"))
        #expect(
            found == [
                error(
                    line: 7, column: 6, "malformed YAML: the list opened with '[' on line 6 is not closed with ']'",
                    hint: "close it on the same line, as in `[a, b]`, or write one `- item` per line")
            ])
    }

    @Test func anAliasWithoutItsAnchorIsReported() {
        let found = errors(MinimalContent.plan(extra: "teacher: &t Ms Patel\ncase_holder: *teacher\n"))
        #expect(
            found == [
                error(
                    line: 7, column: 14,
                    "malformed YAML: `*teacher` repeats a value marked `&teacher`, but no value before it has that mark",
                    hint: "put text that starts with `*` in quotes")
            ])
    }
}
