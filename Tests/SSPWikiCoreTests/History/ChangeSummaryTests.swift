import Testing

@testable import SSPWikiCore

@Suite("History: change summaries")
struct ChangeSummaryTests {
    /// Parses a plan from front matter lines (after the required fields) and a body.
    func plan(
        _ extra: String, review: String = "2026-12-04", number: Int = 1, body: String = "## About me\n\nI like drawing.\n"
    ) -> Plan? {
        let text = planText(review: review, number: number, extra: extra, body: body)
        let result = ContentParser.parseDocument(
            SourceFile(path: "plans/amelia-khan.md", kind: .plan, text: text), markdown: MarkdownParser())
        guard case .plan(let plan)? = result.entity else { return nil }
        return plan
    }

    var names: ChangeSummary.Names {
        var names = ChangeSummary.Names()
        names.indes = ["semh": "Social, emotional and mental health"]
        names.peass = ["elsa-sessions": "ELSA sessions"]
        names.plans = ["ben-ode": "Ben Ode"]
        return names
    }

    func lines(_ old: Plan?, _ new: Plan?) throws -> [String] {
        ChangeSummary.plan(from: try #require(old), to: try #require(new), names: names).lines
    }

    @Test("dates, plan number and simple fields")
    func headerFields() throws {
        let old = plan("class: Kestrels\nknown_as: Amy\nyear_group: 3\n")
        let new = plan(
            "class: Owls\nyear_group: 4\nteacher: Mr T Hale\nflags: [eal]\nrelated: [ben-ode]\n", review: "2026-12-11", number: 2)
        let summary = ChangeSummary.plan(from: try #require(old), to: try #require(new), names: names)
        #expect(
            summary.lines == [
                "Known as removed (was Amy)", "Year group changed from Year 3 to Year 4", "Class changed from Kestrels to Owls",
                "Teacher set to Mr T Hale", "Plan number 1 → 2 (new APDR cycle)", "Review date moved from 4 Dec to 11 Dec",
                "Flag added: English as an additional language", "Related plan added: Ben Ode",
            ])
        #expect(summary.startsNewCycle)
        #expect(!summary.recordsReview)
        #expect(
            try lines(plan("", review: "2026-12-04"), plan("", review: "2027-01-08")) == [
                "Review date moved from 4 Dec 2026 to 8 Jan 2027"
            ])
    }

    @Test("targets: status, added, removed, changed")
    func targets() throws {
        let old = plan(
            "targets:\n  - id: T1\n    outcome: Read 20 words\n  - id: T2\n    outcome: Count to 20\n    status: in-progress\n")
        let new = plan(
            "targets:\n  - id: T2\n    outcome: Count to 20\n    status: achieved\n    measure: 3 times in a row\n  - id: T3\n    outcome: Write her name\n"
        )
        #expect(
            try lines(old, new) == [
                "Target T2 marked achieved", "Target T2 measure set to 3 times in a row",
                "Target T3 added: Write her name", "Target T1 removed: Read 20 words",
            ])
    }

    @Test("provision: added with how often and minutes, changed, reworded, removed")
    func provisions() throws {
        let old = plan(
            """
            provisions:
              - what: Reading group
                how_often: 3 per week
                minutes: 20
              - what: Social skills group
                peass: elsa-sessions
                how_often: weekly
              - what: Fine motor club
            """ + "\n")
        let new = plan(
            """
            provisions:
              - what: Reading group
                how_often: daily
                minutes: 30
              - what: ELSA sessions
                peass: elsa-sessions
                how_often: weekly
                minutes: 30
              - what: Movement breaks
                kind: adjustment
            """ + "\n")
        #expect(
            try lines(old, new) == [
                "Provision Reading group: how often changed from 3 per week to daily", "Provision Reading group: minutes 20 → 30",
                "Provision changed from Social skills group to ELSA sessions", "Provision ELSA sessions: minutes none → 30",
                "Provision added: Movement breaks, in-class adjustment", "Provision removed: Fine motor club",
            ])
        #expect(
            try lines(plan(""), plan("provisions:\n  - what: ELSA sessions\n    how_often: weekly\n    minutes: 30\n"))
                == ["Provision added: ELSA sessions, weekly, 30 minutes"])
    }

    @Test("needs: added with level, level changed, primary, removed")
    func needs() throws {
        let old = plan("needs:\n  - indes: speech-language\n    level: 2\n    primary: true\n  - indes: vision\n    level: 1\n")
        let new = plan("needs:\n  - indes: speech-language\n    level: 3\n  - indes: semh\n    level: 2\n    primary: true\n")
        #expect(
            try lines(old, new) == [
                "speech-language: level 2 → 3",
                "Need added: Social, emotional and mental health, level 2 (primary need)",
                "Need removed: vision",
            ])
    }

    @Test("a review of impact is recorded, and the body's sections are compared")
    func reviewAndBody() throws {
        let old = plan("", body: "## About me\n\nI like drawing.\n\n## Strengths\n\nKind.\n")
        let new = plan(
            "review_record:\n  date: 2026-12-04\n  next: continue\n",
            body: "## About me\n\nI like painting.\n\n## Family views\n\nMum is pleased.\n")
        let summary = ChangeSummary.plan(from: try #require(old), to: try #require(new), names: names)
        #expect(
            summary.lines == [
                "Review recorded on 4 Dec 2026: continue the plan", "Section added: Family views",
                "Section removed: Strengths", "Text changed: About me",
            ])
        #expect(summary.recordsReview)
    }

    @Test("outside agencies, other plans and access arrangements")
    func otherLists() throws {
        let old = plan("external:\n  - agency: Speech and Language Therapy\n    date: 2026-05-01\nother_plans: [PEP]\n")
        let new = plan(
            "external:\n  - agency: Speech and Language Therapy\n    date: 2026-10-01\n  - agency: Educational Psychology\naccess_arrangements: [25% extra time]\n"
        )
        #expect(
            try lines(old, new) == [
                "Other plan removed: PEP", "Access arrangement added: 25% extra time",
                "Speech and Language Therapy: date moved from 1 May to 1 Oct",
                "Outside agency added: Educational Psychology",
            ])
    }

    @Test("EHCP outcomes and annual review")
    func ehcp() throws {
        let outcomes =
            "ehcp:\n  annual_review: 2027-05-20\n  outcomes:\n    - id: O1\n      text: Reads for pleasure\n    - id: O2\n      text: Asks for help\n"
        let old = plan(outcomes)
        let new = plan(
            outcomes.replacingOccurrences(of: "2027-05-20", with: "2027-06-17")
                .replacingOccurrences(of: "Reads for pleasure", with: "Reads for pleasure at home and school")
                .replacingOccurrences(
                    of: "    - id: O2\n      text: Asks for help\n", with: "    - id: O3\n      text: Joins a club\n"))
        #expect(
            try lines(old, new) == [
                "EHCP annual review moved from 20 May to 17 Jun", "EHCP outcome O1 reworded",
                "EHCP outcome added: O3", "EHCP outcome removed: O2",
            ])
    }
}
