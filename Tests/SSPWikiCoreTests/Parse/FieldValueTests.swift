import Testing

@testable import SSPWikiCore

@Suite("Values that are not what the field allows")
struct FieldValueTests {
    @Test(arguments: ["2026-02-30", "11/12/2026", "2026-9-8", "next Tuesday"])
    func aBadDateIsAnErrorAtTheValue(_ written: String) {
        let text = MinimalContent.plan().replacingOccurrences(of: "start: 2026-09-08", with: "start: \(written)")
        let diagnostics = rejectedBuild { $0.write("plans/child.md", text) }
        let error = single(diagnostics, "plans/child.md", "'start' is not a valid date: '\(written)'")
        #expect(error?.severity == .error)
        #expect(error?.location == SourceLocation(file: "plans/child.md", line: 4, column: 8))
        #expect(error?.hint == "write dates as YYYY-MM-DD, for example 2026-09-08")
    }

    @Test func aBadDateDeepInAListNamesItsPath() {
        let extra = "targets:\n  - id: T1\n    outcome: Read ten words\n    by: 2026-02-30\n"
        let diagnostics = rejectedBuild { $0.write("plans/child.md", MinimalContent.plan(extra: extra)) }
        let error = single(diagnostics, "plans/child.md", "'targets[0].by' is not a valid date: '2026-02-30'")
        #expect(error?.location == SourceLocation(file: "plans/child.md", line: 9, column: 9))
    }

    @Test func anUnknownStageSuggestsTheClosestValue() {
        let text = MinimalContent.plan().replacingOccurrences(of: "stage: sen-support", with: "stage: sen-suport")
        let diagnostics = rejectedBuild { $0.write("plans/child.md", text) }
        let error = single(diagnostics, "plans/child.md", "'stage' has an unknown value 'sen-suport'")
        #expect(error?.severity == .error)
        #expect(error?.location == SourceLocation(file: "plans/child.md", line: 3, column: 8))
        #expect(error?.hint?.hasPrefix("did you mean 'sen-support'?") == true)
        #expect(error?.hint?.contains("sen-support, ehcp") == true)
    }

    @Test func anUnknownValueWithNothingCloseListsTheAllowedValues() {
        let diagnostics = rejectedBuild { $0.write("plans/child.md", MinimalContent.plan(extra: "status: finished\n")) }
        let error = single(diagnostics, "plans/child.md", "'status' has an unknown value 'finished'")
        #expect(error?.hint == "use one of: active, draft, archived")
    }

    @Test func unknownValuesInListsAndNestedFieldsAreNamedWithTheirPath() {
        let extra = "flags: [eal, pupil-premum]\ntargets:\n  - id: T1\n    outcome: Read ten words\n    status: in-progess\n"
        let diagnostics = rejectedBuild { $0.write("plans/child.md", MinimalContent.plan(extra: extra)) }
        let flag = single(diagnostics, "plans/child.md", "'flags[1]' has an unknown value 'pupil-premum'")
        #expect(flag?.location == SourceLocation(file: "plans/child.md", line: 6, column: 14))
        #expect(flag?.hint?.hasPrefix("did you mean 'pupil-premium'?") == true)
        let status = single(diagnostics, "plans/child.md", "'targets[0].status' has an unknown value 'in-progess'")
        #expect(status?.location == SourceLocation(file: "plans/child.md", line: 10, column: 13))
        #expect(status?.hint?.hasPrefix("did you mean 'in-progress'?") == true)
    }

    @Test func valuesAreCheckedAgainstTheirRange() {
        let extra = "year_group: 15\nplan_number: 0\nin_chronological_year: maybe\n"
        let diagnostics = rejectedBuild { $0.write("plans/child.md", MinimalContent.plan(extra: extra)) }
        #expect(
            single(diagnostics, "plans/child.md", "'year_group' must be N, R or a number from 1 to 14, not '15'")?.location
                == SourceLocation(file: "plans/child.md", line: 6, column: 13))
        #expect(
            single(diagnostics, "plans/child.md", "'plan_number' must be a whole number from 1 to 99, not '0'")?.location.line
                == 7)
        #expect(
            single(diagnostics, "plans/child.md", "'in_chronological_year' must be true or false, not 'maybe'")?.location.line
                == 8)
    }

    @Test func aListWhereTextIsExpectedIsAnError() {
        let diagnostics = rejectedBuild { $0.write("plans/child.md", MinimalContent.plan(extra: "class: [Owls, Kestrels]\n")) }
        let error = single(diagnostics, "plans/child.md", "'class' must be a single line of text, not a list")
        #expect(error?.location.line == 6)
    }
}
