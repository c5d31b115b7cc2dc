import Foundation
import Testing

@testable import SSPWikiCore

@Suite("Quality rules: an unfinished plan")
struct CompletenessRulesTests {
    let good = QualityContent()

    /// Findings in file order.
    static func order(_ a: Diagnostic, _ b: Diagnostic) -> Bool { a.location < b.location }

    /// What `sspwiki new plan` writes, set to active.
    static func newPlan(_ template: Scaffolder.PlanTemplate, stage: Stage = .senSupport) throws -> String {
        let fixture = Fixture.authoring()
        let (theme, _) = Theme.load()
        let scaffolder = Scaffolder(content: fixture.content, theme: try #require(theme))
        let path = try scaffolder.newPlan(
            id: "amelia-khan", name: "Amelia Khan", template: template, stage: stage,
            start: Fixture.today
        ).get()
        return try fixture.read(path).replacingOccurrences(of: "status: draft ", with: "status: active")
    }

    @Test("the untouched output of `new plan`, set to active, gets a finding for each unfinished part")
    func untouchedNewPlan() throws {
        var plan = good
        plan.plan = try Self.newPlan(.primary)
        func at(_ text: String) -> (line: Int, column: Int) { (plan.line(of: text), plan.column(of: text)) }
        func prompt(_ field: String, _ quoted: String, _ text: String) -> Diagnostic {
            QualityContent.finding(
                .templatePromptLeft, "`\(field)` still holds the new-plan template's prompt '\(quoted)'",
                line: at(text).line, column: at(text).column)
        }
        func section(_ title: String, _ quoted: String, _ text: String) -> Diagnostic {
            QualityContent.finding(
                .templatePromptLeft, "the '\(title)' section still holds the new-plan template's prompt '\(quoted)'",
                line: plan.line(of: text), column: 1)
        }
        func missing(_ what: String, _ field: String) -> Diagnostic {
            QualityContent.finding(
                .recommendedFieldMissing, "the plan has \(what) (`\(field)`)", line: plan.line(of: field + ":"), column: 1)
        }
        let expected = [
            missing("no date of birth", "dob"),
            missing("no year group", "year_group"),
            missing("no class or tutor group", "class"),
            missing("no teacher, form tutor or case holder", "teacher"),
            QualityContent.finding(.noNeeds, "the plan records no needs", line: plan.line(of: "needs: []"), column: 1),
            prompt("outcome", "What will the child be able to do by the …", "What will the child be able"),
            prompt("measure", "How will you know? For example 4 out of 5 …", "How will you know?"),
            prompt("baseline", "Where are they now? For example 1 out of 5 …", "Where are they now?"),
            prompt("what", "What support will be in place, and what will the …", "What support will be in place"),
            section("About me", "In the child's own words, gathered in the way they …", "In the child's own words"),
            section("Family views", "What do the child's parents or carers hope for, and …", "What do the child's parents"),
            section("Strengths", "What is the child good at, and what do they …", "- What is the child good at"),
            section("What I find difficult", "What makes learning or school life harder for the child? …", "What makes learning"),
            section("How to help me", "What should every adult do in class to help the …", "- What should every adult"),
            section("Independence", "What will the adults do to help the child learn …", "What will the adults do"),
            section("What I will do", "What will the child do towards each target, in their …", "- What will the child do"),
            section("What we will do at home", "What will the family do at home to help with …", "- What will the family do"),
        ]
        #expect(plan.findings().sorted(by: Self.order) == expected)
    }

    @Test("the secondary template's prompts are found too, and its case holder stands in for a teacher")
    func secondaryTemplate() throws {
        var plan = good
        plan.plan = try Self.newPlan(.secondary)
        let rules = plan.findings().map(\.rule)
        #expect(rules.filter { $0 == "template-prompt-left" }.count == 12)
        let filled = plan.replacing("case_holder:         ", with: "case_holder: Mr T Osei")
        #expect(!filled.findings().contains { $0.message.contains("no teacher, form tutor or case holder") })
    }

    @Test("a prompt kept in a field the writer otherwise changed is still found, whatever the line breaks")
    func promptInsideOtherText() throws {
        let weak = good.replacing(
            "    outcome: Ask an adult for help at lunchtime",
            with: "    outcome: >\n      Ask an adult for help.\n      How will\n      you know?")
        #expect(
            weak.findings() == [
                QualityContent.finding(
                    .templatePromptLeft,
                    "`outcome` still holds the new-plan template's prompt 'Ask an adult for help. How will you know?'",
                    line: weak.line(of: "    outcome: >"), column: "    outcome: ".count + 1)
            ])
    }

    @Test("a recognised section with only a word or two is reported at its heading; an empty voice section only by its own rule")
    func shortSections() throws {
        let weak = good.replacing("I like drawing, horses and my SALT sessions.", with: "x")
            .replacing(
                "## Strengths\n\n- Kind to younger children.\n",
                with: "## Strengths\n\n## How to help me\n\nBe kind.\n\n## Review notes\n")
        #expect(
            weak.findings().sorted(by: Self.order) == [
                QualityContent.finding(
                    .sectionTooShort, "the 'About me' section has only 1 word", line: weak.line(of: "## About me"), column: 1),
                QualityContent.finding(
                    .noStrengths, "the 'Strengths' section is empty", line: weak.line(of: "## Strengths"), column: 1),
                QualityContent.finding(
                    .sectionTooShort, "the 'How to help me' section has only 2 words", line: weak.line(of: "## How to help me"),
                    column: 1),
            ])
        let emptyOther = good.replacing("## Strengths", with: "## What I find difficult\n\n## Strengths")
        #expect(
            emptyOther.findings() == [
                QualityContent.finding(
                    .sectionTooShort, "the 'What I find difficult' section is empty",
                    line: emptyOther.line(of: "## What I find difficult"), column: 1)
            ])
    }

    @Test("a plan with no needs, targets or provision is reported at each field, or at the top when it is not written")
    func noNeedsTargetsOrProvision() throws {
        let bare = good.replacing(
            String(good.plan[good.plan.range(of: "needs:\n")!.lowerBound..<good.plan.range(of: "---\n## About me")!.lowerBound]),
            with: "targets: []\n")
        #expect(
            bare.findings() == [
                QualityContent.finding(.noNeeds, "the plan records no needs", line: 1, column: 1),
                QualityContent.finding(
                    .recommendedFieldMissing, "the plan has no targets (`targets`)", line: bare.line(of: "targets: []"), column: 1
                ),
                QualityContent.finding(.recommendedFieldMissing, "the plan has no provision (`provisions`)", line: 1, column: 1),
            ])
    }

    @Test("each must-know detail left out is reported once")
    func missingDetails() throws {
        let weak = good.replacing("dob: 2019-03-14\n", with: "")
            .replacing("year_group: 2\n", with: "year_group:\n")
            .replacing("class: Kingfishers\n", with: "")
            .replacing("teacher: Mrs P Shah\n", with: "")
        #expect(
            weak.findings() == [
                QualityContent.finding(
                    .recommendedFieldMissing, "the plan has no year group (`year_group`)", line: weak.line(of: "year_group:"),
                    column: 1),
                QualityContent.finding(
                    .recommendedFieldMissing, "the plan has no class or tutor group (`class`)", line: 1, column: 1),
                QualityContent.finding(
                    .recommendedFieldMissing, "the plan has no teacher, form tutor or case holder (`teacher`)", line: 1, column: 1
                ),
                QualityContent.finding(.recommendedFieldMissing, "the plan has no date of birth (`dob`)", line: 1, column: 1),
            ])
        let caseHolder = good.replacing("teacher: Mrs P Shah", with: "case_holder: Mr T Osei")
        #expect(caseHolder.findings() == [])
    }

    @Test("the prompts come from the theme's archetypes: every question they ask, in sentences of four words or more")
    func promptsFromTheArchetypes() {
        let prompts = ArchetypePrompts(archetypes: [
            "---\nname: {{{nameYAML}}}\nwhat: Who helps? Name them   # a comment?\nwho: Class TA\n---\n## Me\n\n- What do you like doing most of all?\n\nNotes go here at the end of the cycle.\n"
        ])
        #expect(prompts.sentences == ["what do you like doing most of all?"])
        #expect(
            ArchetypePrompts.builtIn.prompt(
                in: "What is the young person good at, and which subjects\nor activities do they enjoy?") != nil)
        #expect(ArchetypePrompts.builtIn.prompt(in: "Notes from the review of impact go here at the end of the cycle.") == nil)
        #expect(ArchetypePrompts.builtIn.prompt(in: "Class TA") == nil)
    }
}
