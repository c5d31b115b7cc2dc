/// Every quality rule sspwiki knows, in the order they are documented.
extension QualityRule {
    // Completeness
    static let templatePromptLeft = QualityRule(
        "template-prompt-left", .completeness, title: "Template prompt left in the plan",
        explanation:
            "The questions of the new-plan template are there to be answered; a plan that still asks them has not been written yet.",
        hint: "replace the prompt with the plan's own words (what the child, the family and the staff said), or delete it")
    static let sectionTooShort = QualityRule(
        "section-too-short", .completeness, title: "Section has next to nothing in it",
        explanation:
            "Each part of the plan gives staff and the family a shared picture of the child; a heading with a word or two under it tells them nothing.",
        hint: "write a few sentences under the heading, or remove the heading if it does not apply to this child")
    static let noNeeds = QualityRule(
        "no-needs", .completeness, title: "No needs recorded",
        explanation: "A plan sets out every identified need, not only the main one; support and targets follow from the needs.",
        hint: "add each need under `needs:` with its INDES section and level, such as `- indes: speech-language` and `level: 2`")
    static let recommendedFieldMissing = QualityRule(
        "recommended-field-missing", .completeness, title: "Key information is missing",
        explanation:
            "Every adult who picks up the plan should find the must-know facts (date of birth, year group, class, the teacher or case holder) and at least one target with the provision behind it.",
        hint: "fill in the field; see docs/content-format.md for what to write")

    static let ehcpNoOutcomes = QualityRule(
        "ehcp-no-outcomes", .completeness, title: "EHCP outcomes are missing",
        explanation:
            "For a child with an EHCP, the plan's small steps lead towards the EHCP's longer-term outcomes; the plan should say what they are.",
        hint:
            "add `ehcp:` with `outcomes:`, each with `id`, `text` (in the EHCP's words) and `section`, and name the outcome's id in each target's `links_to`"
    )
    static let ehcpNoAnnualReview = QualityRule(
        "ehcp-no-annual-review", .completeness, title: "No EHCP annual review date",
        explanation:
            "An EHCP is reviewed at least every 12 months; the plan should show when the next annual review is, so the reviews of the plan feed into it.",
        hint: "add `annual_review:` with the date of the next annual review under `ehcp:`")

    // Targets
    static let targetNoMeasure = QualityRule(
        "target-no-measure", .targets, title: "Target has no measure",
        explanation: "Without a measure nobody can tell at the review whether the target was met.",
        hint: "add `measure:` saying what will be counted or observed, such as `4 of 5 observed lessons`")
    static let targetNoBaseline = QualityRule(
        "target-no-baseline", .targets, title: "Target has no starting point",
        explanation: "A baseline records where the child is now, measured the same way as the target, so progress can be shown.",
        hint: "add `baseline:` with today's result on the same measure, such as `1 of 5 (September observation)`")
    static let targetNoDate = QualityRule(
        "target-no-date", .targets, title: "Target has no date",
        explanation: "A target is time-bound: it says when it should be met, so that it can be reviewed.",
        hint: "add `by:` with the date the target should be met, on or before the plan's review date")
    static let targetAfterReview = QualityRule(
        "target-after-review", .targets, title: "Target date is after the review",
        explanation: "Targets are reviewed at the end of the cycle; a target due after the review cannot be judged there.",
        hint: "bring `by:` forward to the review date or earlier, or choose a smaller step for this cycle")
    static let targetVagueMeasure = QualityRule(
        "target-vague-measure", .targets, title: "Measure is vague",
        explanation:
            "A measurable target counts something or names how it will be checked (a score, an observation, a test), so two adults would agree whether it was met.",
        hint: "say what will be counted or how it will be checked, such as `3 of 4 observed sessions` or `reading age of 7y 6m`")
    static let targetNoProvision = QualityRule(
        "target-no-provision", .coverage, title: "No provision supports the target",
        explanation: "Every target should be backed by support on the plan; otherwise it is a hope rather than a plan.",
        hint: "add the target's id to the `targets:` list of the provision that works towards it")
    static let ehcpTargetNoOutcome = QualityRule(
        "ehcp-target-no-outcome", .targets, title: "EHCP target not linked to an outcome",
        explanation: "For a child with an EHCP, each target is a small step towards one of the plan's longer-term outcomes.",
        hint: "add `links_to:` with the id of the EHCP outcome from `ehcp.outcomes`, such as `O2`")

    // Provision
    static let provisionNotQuantified = QualityRule(
        "provision-not-quantified", .provision, title: "Provision is not quantified",
        explanation:
            "Additional provision says how often and for how long it happens, so it can be checked and costed on the provision map.",
        hint:
            "write `how_often:` as daily, weekly, fortnightly, termly or `N per week` (day, fortnight, half-term, term) and `minutes:` per session"
    )
    static let provisionNoWho = QualityRule(
        "provision-no-who", .provision, title: "Nobody is named for the provision",
        explanation: "Everyone should know which adult gives each piece of support.",
        hint: "add `who:` with a role, and a name if it helps, such as `TA (Mrs L Okafor)`")
    static let provisionNoDates = QualityRule(
        "provision-no-dates", .provision, title: "Provision has no start or end",
        explanation: "Additional provision is time-bound: it has a start and an end so its impact can be reviewed.",
        hint: "add `start:` and `end:` dates; the end is usually the review date")
    static let provisionEndBeforeStart = QualityRule(
        "provision-end-before-start", .provision, title: "Provision ends before it starts",
        explanation: "An end date before the start date is almost always a typing slip.",
        hint: "check the `start:` and `end:` dates")
    static let provisionEnded = QualityRule(
        "provision-ended", .provision, title: "Provision has already ended",
        explanation: "A live plan should show the support that is in place now; ended support belongs in the review.",
        hint: "extend `end:` if the support continues, or remove it and record its impact at the review")
    static let provisionNoTarget = QualityRule(
        "provision-no-target", .coverage, title: "Provision is not linked to a target",
        explanation: "Additional provision should work towards one of the child's targets, so its impact can be measured.",
        hint: "add `targets: [T1]` naming the target the provision supports")
    static let needNotAddressed = QualityRule(
        "need-not-addressed", .coverage, title: "A need has no matching provision",
        explanation:
            "Every identified need, not only the primary one, should have support that addresses it. sspwiki matches a need's broad area (from its INDES section) with the category of each provision's PEaSS entry.",
        hint:
            "add a provision for this area of need and name its PEaSS entry with `peass:`, or remove the need if it no longer applies"
    )

    static let accessArrangementNotInClass = QualityRule(
        "access-arrangement-not-in-class", .provision,
        title: "Access arrangement is not used in class",
        explanation:
            "Exam access arrangements only help when they are the child's normal way of working, so each one should also appear in the support given in class.",
        hint:
            "add an in-class adjustment (`kind: adjustment`) or a line under `## How to help me` saying how the arrangement is used in lessons"
    )
    static let reportAfterPlan = QualityRule(
        "report-after-plan", .history, title: "New advice since the plan was written",
        explanation:
            "When an outside agency gives new advice, the plan is reviewed and updated to take in any new needs, strategies or recommendations.",
        hint: "update the plan with the report's recommendations (and commit it), or record in `involvement:` why nothing changes"
    )

    // Voice
    static let noAboutMe = QualityRule(
        "no-about-me", .voice, title: "No \"About me\"",
        explanation:
            "The plan should carry the child's own voice: what matters to them, their hopes and how they like to be helped.",
        hint: "add a `## About me` section in the child's words, and say how their views were gathered")
    static let noStrengths = QualityRule(
        "no-strengths", .voice, title: "No strengths",
        explanation: "A holistic plan describes what the child is good at and enjoys, and builds support on it.",
        hint: "add a `## Strengths` section")
    static let noFamilyViews = QualityRule(
        "no-family-views", .voice, title: "No family views",
        explanation: "Plans are made with the family; their views and hopes belong in the plan.",
        hint: "add a `## Family views` section with the parents' or carers' views")

    // Timing
    static let reviewOverdue = QualityRule(
        "review-overdue", .timing, title: "Review is overdue",
        explanation: "The review date has passed and no review is recorded, so the cycle has stalled.",
        hint: "hold the review and record it, or set `review:` to the date now agreed")
    static let reviewIntervalLong = QualityRule(
        "review-interval-long", .timing, title: "Review is more than a term away",
        explanation:
            "The Code of Practice expects plans to be reviewed at least three times a year; sspwiki warns when the review is more than 16 weeks after the start.",
        hint: "set `review:` within 16 weeks of `start:`")

    static let annualReviewOverdue = QualityRule(
        "annual-review-overdue", .timing, title: "EHCP annual review is overdue",
        explanation:
            "An EHCP is reviewed at least every 12 months; an annual review date in the past means it is late or its new date was not written in.",
        hint: "hold the annual review, or set `annual_review:` under `ehcp:` to the date now agreed")

    // Language
    static let unexplainedAcronym = QualityRule(
        "unexplained-acronym", .language, title: "Acronym not explained",
        explanation: "Families and new staff should be able to read every plan; each acronym needs a plain-English explanation.",
        hint:
            "add the acronym to glossary.yml with its meaning, write it out in full, or list it under `plain_language_ignore` in site.yml if everyone knows it"
    )

    // History
    static let reviewOnFirstPlan = QualityRule(
        "review-on-first-plan", .history, title: "First plan already has a review",
        explanation:
            "A review of impact closes a cycle and leads to the next plan, so plan number 1 with a review recorded suggests `plan_number` was not raised.",
        hint:
            "raise `plan_number` to the cycle this plan starts (2 after the first review), or remove the review if it does not belong here"
    )
    static let planNumberBackwards = QualityRule(
        "plan-number-backwards", .history, title: "Plan number went down",
        explanation:
            "Each assess, plan, do, review cycle gets the next plan number; a lower number than in the previous version breaks the history.",
        hint: "set `plan_number` to the previous number, or one more if this is a new cycle")

    /// Every rule, in documentation order.
    package static let catalogue: [QualityRule] = [
        templatePromptLeft, sectionTooShort, noNeeds, recommendedFieldMissing, ehcpNoOutcomes, ehcpNoAnnualReview,
        targetNoMeasure, targetNoBaseline, targetNoDate, targetAfterReview, targetVagueMeasure, ehcpTargetNoOutcome,
        provisionNotQuantified, provisionNoWho, provisionNoDates, provisionEndBeforeStart, provisionEnded,
        accessArrangementNotInClass,
        needNotAddressed, targetNoProvision, provisionNoTarget,
        noAboutMe, noStrengths, noFamilyViews,
        reviewOverdue, reviewIntervalLong, annualReviewOverdue,
        unexplainedAcronym,
        reviewOnFirstPlan, planNumberBackwards, reportAfterPlan,
    ]

    /// The rule with the given id.
    package static func named(_ id: String) -> QualityRule? { byID[id] }

    private static let byID: [String: QualityRule] = Dictionary(catalogue.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
}
