/// One front-matter field of a plan, described once. The parser takes its list of keys and the
/// required ones from here, `site.yml`'s `confidential: fields:` the fields it may name, and the
/// field tests check the change summary, the search documents and docs/content-format.md
/// against it, so a new field that one of them forgets fails a test.
package struct PlanField: Sendable, Hashable {
    /// The YAML key.
    package let key: String
    /// Every plan must have it.
    package let required: Bool
    /// Its words are found by the site's search (the date of birth and medical notes never are).
    package let searched: Bool
    /// A change to it gives a line in the plan's history. Only `mis_id`, which no page shows, has none.
    package let summarised: Bool
    /// `site.yml`'s `confidential: fields:` may name it, keeping it out of the staff build.
    package let confidentialSettingWide: Bool
    /// For a plain-text field: what the plan's history calls it ("Pronouns"). Such a field needs
    /// no code of its own: the parser reads it into `Plan.texts`, the change summary, search
    /// and the redactor handle it from this table, and templates show it as `texts.<key>`.
    package let plainTextLabel: String?

    init(
        _ key: String, required: Bool = false, searched: Bool = false, summarised: Bool = true,
        confidentialSettingWide: Bool = false, plainTextLabel: String? = nil
    ) {
        self.key = key
        self.required = required
        self.searched = searched
        self.summarised = summarised
        self.confidentialSettingWide = confidentialSettingWide
        self.plainTextLabel = plainTextLabel
    }

    /// A plain-text field, described by this line alone (see `plainTextLabel`).
    init(plainText key: String, label: String, searched: Bool = false, confidentialSettingWide: Bool = false) {
        self.init(key, searched: searched, confidentialSettingWide: confidentialSettingWide, plainTextLabel: label)
    }
}

extension PlanField {
    /// Every plan field, in the order of the content format.
    package static let all: [PlanField] = [
        PlanField("name", required: true, searched: true),
        PlanField("known_as", searched: true),
        PlanField(plainText: "pronouns", label: "Pronouns", confidentialSettingWide: true),
        PlanField("dob", confidentialSettingWide: true),
        PlanField("mis_id", summarised: false),
        PlanField("photo", confidentialSettingWide: true),
        PlanField("year_group", searched: true),
        PlanField("in_chronological_year"),
        PlanField("class", searched: true),
        PlanField("teacher", searched: true),
        PlanField("case_holder", searched: true),
        PlanField("stage", required: true, searched: true),
        PlanField("plan_number"),
        PlanField("start", required: true),
        PlanField("review", required: true),
        PlanField("status"),
        PlanField("flags"),
        PlanField("medical", confidentialSettingWide: true),
        PlanField("other_plans", searched: true, confidentialSettingWide: true),
        PlanField("related", confidentialSettingWide: true),
        PlanField("needs", searched: true),
        PlanField("targets", searched: true),
        PlanField("provisions", searched: true),
        PlanField("access_arrangements", searched: true, confidentialSettingWide: true),
        PlanField("external", searched: true, confidentialSettingWide: true),
        PlanField("ehcp", confidentialSettingWide: true),
        PlanField("review_record", searched: true),
        PlanField("confidential"),
        PlanField("access"),
        PlanField("left"),
        PlanField("destination"),
    ]

    /// The keys of `all`.
    package static let keys = all.map(\.key)

    /// The plain-text fields, in the order of the content format.
    package static let plainText = all.filter { $0.plainTextLabel != nil }
}
