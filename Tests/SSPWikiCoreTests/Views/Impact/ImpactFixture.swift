import Foundation

@testable import SSPWikiCore

/// A repository with three cycles of Amelia's plan (renamed between the first and second),
/// two of Jacob's, a reused target id and a renumbered target.
enum ImpactFixture {
    static func target(_ id: String, _ outcome: String, _ status: String) -> String {
        "  - id: \(id)\n    outcome: \(outcome)\n    status: \(status)\n"
    }

    static func provision(
        _ what: String, peass: String? = nil, who: String, often: String, minutes: Int, targets: String
    ) -> String {
        "  - what: \(what)\n" + (peass.map { "    peass: \($0)\n" } ?? "")
            + "    who: \(who)\n    how_often: \(often)\n    minutes: \(minutes)\n    targets: [\(targets)]\n"
    }

    static let words = provision(
        "Daily word games", peass: "precision-teaching", who: "TA (Mrs Ford)", often: "daily", minutes: 10, targets: "T1")
    static let group = provision("Turn-taking group", who: "Teacher", often: "weekly", minutes: 30, targets: "T2")
    static let lego = provision("Lego club at lunchtime", who: "TA", often: "weekly", minutes: 20, targets: "")
    static let needs = "year_group: 3\nneeds:\n  - indes: semh\n    level: 2\n    primary: true\n"

    static func amelia(
        number: Int, start: String, review: String, targets: String, provisions: String, record: String = ""
    ) -> String {
        "---\nname: Amelia Khan\nstage: sen-support\nplan_number: \(number)\nstart: \(start)\nreview: \(review)\n" + needs
            + "targets:\n" + targets + "provisions:\n" + provisions + record + "---\n## About me\n\nI like drawing.\n"
    }

    static func record(_ date: String, _ next: String) -> String { "review_record:\n  date: \(date)\n  next: \(next)\n" }

    static func repository() -> Fixture {
        let repo = Fixture.repository()
        repo.write("site.yml", "setting: Test School\nstaff_rates:\n  TA: 15\n")
        repo.write(
            "indes/semh.md",
            "---\ntitle: Social, emotional and mental health\narea: SEMH\nlevels:\n  - level: 1\n    label: Emerging\n  - level: 2\n    label: Moderate\n---\nText.\n"
        )
        repo.write(
            "peass/precision-teaching.md",
            "---\ntitle: Precision teaching\ncategory: cognition-learning\nlevel: classroom\n---\nText.\n")
        let first =
            target("T1", "Read 20 common words on sight", "%@") + target("T2", "Take turns in a group game with two peers", "%@")
        repo.write(
            "plans/amelia-khan.md",
            amelia(
                number: 1, start: "2026-09-07", review: "2026-12-04",
                targets: String(format: first, "in-progress", "in-progress"), provisions: words + group))
        repo.write(
            "plans/jacob-khan.md",
            planText(
                name: "Jacob Khan",
                extra: "year_group: 5\ntargets:\n" + target("T1", "Count to 100 in tens", "achieved")
                    + "provisions:\n" + lego + record("2026-12-01", "close")))
        repo.commit("First plans", date: "2026-09-07")
        repo.write(
            "plans/amelia-khan.md",
            amelia(
                number: 1, start: "2026-09-07", review: "2026-12-04",
                targets: String(format: first, "achieved", "in-progress"), provisions: words + group,
                record: record("2026-12-03", "continue")))
        repo.commit("Review of plan 1", date: "2026-12-03")
        repo.move("plans/amelia-khan.md", "plans/amelia-k.md")
        let second =
            target("T1", "Write a sentence with a capital letter and a full stop", "%@")
            + target("T2", "Take turns in a group game with three peers", "%@")
            + target("T3", "Ask an adult for help with a help card", "%@")
        repo.write(
            "plans/amelia-k.md",
            amelia(
                number: 2, start: "2026-12-07", review: "2027-03-19",
                targets: String(format: second, "in-progress", "in-progress", "in-progress"), provisions: words + group))
        repo.commit("Plan 2", date: "2026-12-07")
        repo.write(
            "plans/amelia-k.md",
            amelia(
                number: 2, start: "2026-12-07", review: "2027-03-19",
                targets: String(format: second, "partly-achieved", "achieved", "in-progress"), provisions: words + group,
                record: record("2027-03-25", "new-outcomes")))
        repo.commit("Review of plan 2", date: "2027-03-25")
        repo.write(
            "plans/amelia-k.md",
            amelia(
                number: 3, start: "2027-03-29", review: "2027-07-09",
                targets: target("T1", "Write two sentences with a capital letter and a full stop", "in-progress")
                    + target("T4", "Ask an adult for help with a help card", "in-progress"),
                provisions: words))
        repo.commit("Plan 3", date: "2027-03-29")
        return repo
    }

    /// The repository's model and history, checked to have no errors.
    static func analysed(_ repo: Fixture) -> (ContentModel, SiteHistory) {
        let (site, diagnostics) = repo.analyseWithHistory()
        precondition(!diagnostics.hasErrors, Fixture.formatted(diagnostics))
        return (site!.model, site!.history)
    }
}
