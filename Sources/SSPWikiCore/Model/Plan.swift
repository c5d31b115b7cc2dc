/// One SEN Support Plan for a child or young person, as written in `plans/<id>.md`.
package struct Plan: Sendable, Identifiable {
    package let id: String
    /// Path relative to the content folder.
    package let path: String
    package var name: String
    package var knownAs: String?
    /// The plain-text fields that `PlanField.plainText` describes, by key (for example `pronouns`).
    package var texts: [String: String] = [:]
    package var dob: Day?
    /// The pupil's identifier in the school's management information system, written by
    /// `sspwiki import register` to find the plan again; never shown on the site nor searched.
    package var misID: String?
    /// Path inside the content folder, checked to exist and not escape it.
    package var photo: String?
    package var yearGroup: YearGroup?
    package var inChronologicalYear: Bool = true
    package var className: String?
    package var teacher: String?
    package var caseHolder: String?
    package var stage: Stage
    package var planNumber: Int = 1
    package var start: Day
    package var review: Day
    package var status: PlanStatus = .active
    package var flags: [Flag] = []
    package var medical: String?
    package var otherPlans: [OtherPlan] = []
    package var related: [String] = []
    package var needs: [Need] = []
    package var targets: [Target] = []
    package var provisions: [Provision] = []
    package var accessArrangements: [String] = []
    package var external: [ExternalInvolvement] = []
    /// What the child's EHCP says: its outcomes and the date of its annual review.
    package var ehcp: EHCPDetails?
    package var reviewRecord: ReviewRecord?
    /// The `confidential:` block: details only the leads audience sees.
    package var confidential = ConfidentialDetails()
    /// `access: restricted`: the whole plan exists only in the leads build.
    package var restricted = false
    /// The day the child left the setting (`left:`); a plan with one is archived.
    package var left: Day?
    /// The setting the child moved to (`destination:`).
    package var destination: String?
    /// The Markdown after the front matter, and the line it starts on.
    package var body: String = ""
    package var bodyLine: Int = 1
    /// The body after Markdown parsing.
    package var document = MarkdownDocument()
    package var locations: FieldLocations

    /// What staff call the child: `known_as`, or the first name.
    package var displayName: String {
        if let knownAs, !knownAs.isEmpty { return knownAs }
        return name.split(separator: " ").first.map(String.init) ?? name
    }

    /// The need marked `primary`, or the first one.
    package var primaryNeed: Need? { needs.first(where: \.primary) ?? needs.first }

    /// The `[[…]]` links of the page: the body's, then each other plan's `link`, in this
    /// order, so the link graph's resolved list for the plan lines up with it.
    package var allLinks: [WikiLink] { document.links + otherPlans.compactMap(\.link) }

    /// Initials such as "A.K." for places where a full name must not appear.
    package var initials: String {
        name.split(separator: " ").compactMap(\.first).map { "\($0)." }.joined()
    }
}

/// Another plan held for the child (health care plan, PEP, risk assessment …).
package struct OtherPlan: Sendable, Hashable {
    package var kind: String
    package var note: String?
    /// The page or plan in the content that holds it (`link:`), resolved like a `[[…]]` link.
    package var link: WikiLink?

    package init(kind: String, note: String? = nil, link: WikiLink? = nil) {
        self.kind = kind
        self.note = note
        self.link = link
    }
}

/// One identified need, described by an INDES section and a level on its scale.
package struct Need: Sendable, Hashable {
    package var indes: String
    package var level: Int
    package var primary: Bool = false
    package var summary: String?
}

/// A small-step SMART target.
package struct Target: Sendable, Hashable {
    package var id: String
    package var outcome: String
    package var measure: String?
    package var baseline: String?
    package var by: Day?
    package var linksTo: String?
    package var status: TargetStatus = .notStarted
}

/// Support in place: an in-class adjustment or additional provision.
package struct Provision: Sendable, Hashable {
    package var what: String
    package var peass: String?
    package var kind: ProvisionKind = .additional
    package var who: String?
    /// The text as written, kept even when it cannot be read as a frequency.
    package var howOftenText: String?
    package var howOften: Frequency?
    package var minutes: Int?
    package var start: Day?
    package var end: Day?
    package var targets: [String] = []

    /// Minutes per average school week, when both frequency and session length are known.
    package var minutesPerWeek: Double? {
        guard let howOften, let minutes else { return nil }
        return howOften.minutesPerWeek(sessionMinutes: minutes)
    }
}

/// An outside agency's involvement, and the report that informed the plan.
package struct ExternalInvolvement: Sendable, Hashable {
    package var agency: String
    package var involvement: String?
    package var date: Day?
    package var report: String?
}

/// The parts of an Education, Health and Care Plan that the support plan works towards.
package struct EHCPDetails: Sendable, Hashable {
    /// The EHCP's longer-term outcomes; targets name one of them with `links_to`.
    package var outcomes: [EHCPOutcome] = []
    /// The next annual review of the EHCP (held at least every 12 months).
    package var annualReview: Day?

    /// The outcome with the given id.
    package func outcome(_ id: String) -> EHCPOutcome? { outcomes.first { $0.id == id } }
}

/// One outcome of an EHCP, as the EHCP words it.
package struct EHCPOutcome: Sendable, Hashable {
    /// A short label such as `O1`, named by targets' `links_to`.
    package var id: String
    package var text: String
    /// The part of the EHCP it comes from, such as `Communication and interaction`.
    package var section: String?
}

/// The review of impact that closes a cycle.
package struct ReviewRecord: Sendable, Hashable {
    package var date: Day?
    package var attended: [String] = []
    package var workedWell: String?
    package var notSoWell: String?
    package var next: ReviewDecision?

    /// True when anything was recorded.
    package var isFilled: Bool {
        date != nil || !attended.isEmpty || workedWell != nil || notSoWell != nil || next != nil
    }
}
