import Testing

@testable import SSPWikiCore

/// A plan may only name INDES sections, PEaSS entries, plans and targets that exist.
@Suite("References from a plan")
struct ReferenceTests {
    let file = "plans/amelia-khan.md"
    let text = MinimalContent.plan

    @Test func anUnknownIndesCodeSuggestsTheClosestSection() {
        let diagnostics = rejectedBuild { $0.edit(file, replacing: "- indes: speech-language", with: "- indes: speech-langauge") }
        let error = single(diagnostics, file, "unknown INDES section 'speech-langauge' in 'needs[0].indes'")
        #expect(error?.severity == .error)
        #expect(error?.location == SourceLocation(file: file, line: position(of: "- indes:", in: text).line, column: 5))
        #expect(error?.hint == "did you mean 'speech-language'?")
    }

    @Test func anUnknownIndesCodeWithNothingCloseSaysHowToAddIt() {
        let diagnostics = rejectedBuild { $0.edit(file, replacing: "- indes: speech-language", with: "- indes: hearing") }
        let error = single(diagnostics, file, "unknown INDES section 'hearing'")
        #expect(error?.hint == "use one of: speech-language")
    }

    @Test func aLevelThatIsNotOnTheScaleIsAnError() {
        let diagnostics = rejectedBuild { $0.edit(file, replacing: "    level: 3\n", with: "    level: 7\n") }
        let error = single(diagnostics, file, "level 7 is not on the scale of INDES section 'speech-language'")
        #expect(error?.location.line == position(of: "    level: 3", in: text).line)
        #expect(error?.hint == "use one of the levels 0, 1, 2, 3, 4")
    }

    @Test func anUnknownPeassIdSuggestsTheClosestEntry() {
        let diagnostics = rejectedBuild { $0.edit(file, replacing: "peass: visual-timetable", with: "peass: visual-timetabel") }
        let error = single(diagnostics, file, "unknown PEaSS entry 'visual-timetabel' in 'provisions[0].peass'")
        #expect(error?.severity == .error)
        #expect(error?.location == SourceLocation(file: file, line: position(of: "peass:", in: text).line, column: 5))
        #expect(error?.hint == "did you mean 'visual-timetable'?")
    }

    @Test func anUnknownPeassIdWithNothingCloseSaysHowToAddIt() {
        let diagnostics = rejectedBuild { $0.edit(file, replacing: "peass: visual-timetable", with: "peass: lego-therapy") }
        #expect(
            single(diagnostics, file, "unknown PEaSS entry 'lego-therapy'")?.hint
                == "add content/peass/lego-therapy.md or use the id of an existing entry")
    }

    @Test func anUnknownRelatedPlanSuggestsTheClosestId() {
        let diagnostics = rejectedBuild { $0.edit(file, replacing: "related: [jacob-khan]", with: "related: [jacob-kahn]") }
        let error = single(diagnostics, file, "unknown plan 'jacob-kahn' in 'related[0]'")
        #expect(error?.severity == .error)
        #expect(error?.location == SourceLocation(file: file, line: position(of: "related:", in: text).line, column: 11))
        #expect(error?.hint == "did you mean 'jacob-khan'?")
    }

    @Test func aPlanRelatedToItselfIsAWarning() {
        let fixture = Fixture(minimal: {
            $0.edit("plans/amelia-khan.md", replacing: "related: [jacob-khan]", with: "related: [amelia-khan]")
        })
        let report = fixture.build()
        #expect(report.succeeded)
        #expect(single(report.diagnostics, file, "a plan cannot be related to itself")?.severity == .warning)
    }

    @Test func aProvisionNamingAMissingTargetIsAnError() {
        let diagnostics = rejectedBuild {
            $0.edit(file, replacing: "    targets: [T1]\n  - what: Small", with: "    targets: [T2]\n  - what: Small")
        }
        let error = single(diagnostics, file, "provision names target 'T2', which this plan does not have")
        #expect(error?.location.line == position(of: "    targets: [T1]", in: text).line)
        #expect(error?.hint == "did you mean 'T1'?")
    }

    @Test func aTargetIdUsedTwiceIsAnError() {
        let extra = "targets:\n  - id: T1\n    outcome: A\n  - id: T1\n    outcome: B\n"
        let diagnostics = rejectedBuild { $0.write("plans/child.md", MinimalContent.plan(extra: extra)) }
        let error = single(diagnostics, "plans/child.md", "target id 'T1' is used twice")
        #expect(error?.location == SourceLocation(file: "plans/child.md", line: 9, column: 5))
    }

    @Test func aTargetIdWrittenTwiceIsOneErrorThoughProvisionsNameTheLostId() {
        let extra =
            "targets:\n  - id: T1\n    outcome: A\n  - id: T1\n    outcome: B\nprovisions:\n  - what: Reading\n    targets: [T2]\n  - what: Spelling\n    targets: [T1, T2]\n"
        let diagnostics = rejectedBuild { $0.write("plans/child.md", MinimalContent.plan(extra: extra)) }
        #expect(diagnostics.errors.about("plans/child.md").count == 1, "\(diagnostics.errors.about("plans/child.md"))")
        let error = single(diagnostics, "plans/child.md", "target id 'T1' is used twice")
        #expect(error?.hint == "give each target its own id; provisions name 'T2', which no target has")
    }

    @Test func aReviewBeforeTheStartIsAnError() {
        let diagnostics = rejectedBuild {
            $0.write(
                "plans/child.md", MinimalContent.plan().replacingOccurrences(of: "review: 2026-12-11", with: "review: 2026-01-11")
            )
        }
        let error = single(diagnostics, "plans/child.md", "the review date 2026-01-11 is before the start date 2026-09-08")
        #expect(error?.location == SourceLocation(file: "plans/child.md", line: 5, column: 1))
    }
}
