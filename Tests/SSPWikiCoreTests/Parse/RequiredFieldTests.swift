import Testing

@testable import SSPWikiCore

@Suite("Required and misspelt fields")
struct RequiredFieldTests {
    static let required = """
        ---
        name: Test Child
        stage: sen-support
        start: 2026-09-08
        review: 2026-12-11
        ---
        Body.

        """

    @Test(arguments: ["name", "stage", "start", "review"])
    func aMissingRequiredFieldIsAnErrorNamingIt(_ field: String) {
        let text = RequiredFieldTests.required.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix(field + ":") }.joined(separator: "\n")
        let diagnostics = rejectedBuild { $0.write("plans/child.md", text) }
        let error = single(diagnostics, "plans/child.md", "missing required field '\(field)'")
        #expect(error?.severity == .error)
        #expect(error?.location == SourceLocation(file: "plans/child.md", line: 1, column: 1))
        #expect(error?.hint?.hasPrefix("add `\(field): ") == true)
        #expect(diagnostics.errors.about("plans/child.md").count == 1, "only the missing field is reported")
    }

    @Test func anEmptyRequiredValueCountsAsMissing() {
        let diagnostics = rejectedBuild {
            $0.write("plans/child.md", RequiredFieldTests.required.replacingOccurrences(of: "name: Test Child", with: "name:   "))
        }
        #expect(single(diagnostics, "plans/child.md", "missing required field 'name'")?.severity == .error)
    }

    @Test func aMissingFieldInsideAListItemPointsAtTheItem() {
        let extra = "targets:\n  - id: T1\n    measure: 4 of 5\n"
        let diagnostics = rejectedBuild { $0.write("plans/child.md", MinimalContent.plan(extra: extra)) }
        let error = single(diagnostics, "plans/child.md", "missing required field 'targets[0].outcome'")
        #expect(error?.location == SourceLocation(file: "plans/child.md", line: 7, column: 5))
    }

    @Test(arguments: [("review", "reveiw"), ("name", "nmae"), ("stage", "stge"), ("start", "strat")])
    func aMisspeltRequiredKeyIsOneErrorWithDidYouMean(_ field: String, _ misspelt: String) {
        let text = RequiredFieldTests.required.replacingOccurrences(of: "\n\(field):", with: "\n\(misspelt):")
        let diagnostics = rejectedBuild { $0.write("plans/child.md", text) }
        let error = single(
            diagnostics, "plans/child.md",
            "'\(misspelt)' is not a field of a plan; it looks like the required field '\(field)' misspelt")
        #expect(error?.severity == .error)
        #expect(error?.location.column == 1)
        #expect(error?.hint == "rename it to `\(field):`")
        #expect(
            diagnostics.errors.about("plans/child.md").count == 1,
            "no second error: \(diagnostics.errors.about("plans/child.md"))")
    }

    @Test func aMisspeltReviewDateBesideAReviewBlockIsNeverTakenFromTheBlock() {
        let text = RequiredFieldTests.required.replacingOccurrences(
            of: "review: 2026-12-11",
            with: """
                reveiw: 2026-12-11
                review:
                  date: 2026-07-08
                  attended: [Mum]
                  next: continue
                """)
        let fixture = Fixture(minimal: { $0["plans/child.md"] = text })
        let (model, _, diagnostics) = fixture.analyse()
        #expect(diagnostics.errors.about("plans/child.md").count == 1, "\(diagnostics.about("plans/child.md"))")
        #expect(single(diagnostics, "plans/child.md", "'reveiw' is not a field")?.location.line == 5)
        #expect(diagnostics.about("plans/child.md", "before the start").isEmpty, "the meeting's date is not the next review")
        let plan = model?.plans.first { $0.id == "child" }
        #expect(plan?.review.iso == "2026-12-11")
        #expect(plan?.reviewRecord?.date?.iso == "2026-07-08")
    }

    @Test func anUnknownKeyWithNoLikelyMatchListsTheFields() {
        let fixture = Fixture(minimal: { $0["plans/child.md"] = MinimalContent.plan(extra: "favourite_colour: blue\n") })
        let (_, _, diagnostics) = fixture.analyse()
        let warning = single(diagnostics, "plans/child.md", "unknown field 'favourite_colour' in a plan is ignored")
        #expect(warning?.severity == .warning)
        #expect(warning?.hint?.contains("name, known_as, pronouns, dob") == true)
        #expect(diagnostics.errors.isEmpty, "an unknown field alone does not stop the build")
    }

    @Test func aMisspeltKeyInsideAProvisionIsNamedWithItsPath() {
        let extra = "provisions:\n  - what: Reading group\n    how_oftn: weekly\n"
        let fixture = Fixture(minimal: { $0["plans/child.md"] = MinimalContent.plan(extra: extra) })
        let warning = single(fixture.analyse().diagnostics, "plans/child.md", "unknown field 'provisions[0].how_oftn'")
        #expect(warning?.location == SourceLocation(file: "plans/child.md", line: 8, column: 5))
        #expect(warning?.hint == "did you mean 'how_often'?")
    }
}
