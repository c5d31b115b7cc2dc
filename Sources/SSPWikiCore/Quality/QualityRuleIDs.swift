/// The ids of the quality rules, as used under `quality:` in site.yml.
public enum QualityRuleIDs {
    public static let all = [
        "target-no-measure", "target-no-baseline", "target-no-date", "target-after-review", "target-vague-measure",
        "provision-not-quantified", "provision-no-who", "provision-no-dates", "provision-end-before-start",
        "provision-ended", "provision-no-target", "need-not-addressed", "target-no-provision",
        "no-about-me", "no-strengths", "no-family-views", "review-overdue", "review-interval-long",
        "unexplained-acronym", "review-on-first-plan", "plan-number-backwards", "ehcp-target-no-outcome",
    ]
}
