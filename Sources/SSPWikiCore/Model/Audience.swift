/// Who a build is for. A static site cannot check who is reading, so the site is built once
/// per audience, each build holding only what that audience may see (`Redactor`).
package enum Audience: String, CaseIterable, Sendable, Codable {
    /// Every member of staff (the default build): nothing marked confidential, no restricted plan.
    case staff
    /// The named leads (SENCo, designated safeguarding lead …): everything.
    case leads

    /// Whether this audience sees confidential details and restricted plans.
    package var seesConfidential: Bool { self == .leads }

    /// The name used when site.yml gives none.
    package var defaultName: String { self == .staff ? "All staff" : "Leads" }
}

/// The details of a plan's `confidential:` block, which only the leads audience sees.
///
/// Flags, agencies and other plans written here join the plan's own lists in the leads build
/// (`Redactor`); medical detail, family circumstances and notes are shown in the plan page's
/// Confidential panel.
package struct ConfidentialDetails: Sendable, Hashable {
    package var medical: String?
    /// Family circumstances.
    package var family: String?
    package var notes: String?
    package var flags: [Flag] = []
    package var external: [ExternalInvolvement] = []
    package var otherPlans: [OtherPlan] = []

    package init() {}

    /// True when the block is missing or says nothing.
    package var isEmpty: Bool { self == ConfidentialDetails() }

    /// True when nothing here joins the plan's own lists for leads (no flags, agencies or
    /// other plans), so the leads' redaction leaves the plan as it is.
    package var joinsNothing: Bool { flags.isEmpty && external.isEmpty && otherPlans.isEmpty }
}

/// What site.yml says about confidentiality and audiences (`confidential:` and `audiences:`).
package struct ConfidentialitySettings: Sendable, Hashable {
    /// Plan fields that may hold confidential details and so may be marked in site.yml.
    package static let fieldNames = PlanField.all.filter(\.confidentialSettingWide).map(\.key)

    /// Flags that are confidential in every plan (for example `child-in-care`).
    package var flags: Set<Flag> = []
    /// Plan fields (from `fieldNames`) that are confidential in every plan.
    package var fields: Set<String> = []
    /// The names the setting uses for each audience.
    package var names: [Audience: String] = [:]

    package init() {}

    /// The setting's name for an audience.
    package func name(of audience: Audience) -> String { names[audience] ?? audience.defaultName }
}

/// How long a plan is kept (`retention:` in site.yml): by default 25 years after the date of
/// birth, as the IRMS Information Management Toolkit for Schools suggests for SEN records.
package struct RetentionPolicy: Sendable, Hashable {
    package var years: Int = 25
    /// The policy's name, shown beside the date.
    package var policy: String = "IRMS Toolkit for Schools: date of birth + 25 years"

    package init() {}

    /// The day a plan's record may be destroyed: its date of birth plus `years`; nil without one.
    package func keepUntil(_ plan: Plan) -> Day? {
        guard let dob = plan.dob else { return nil }
        return Day(
            year: dob.year + years, month: dob.month, day: min(dob.day, Day.daysIn(month: dob.month, year: dob.year + years)))
    }
}
