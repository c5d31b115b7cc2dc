/// One SEN Support Plan for a child or young person, as written in `plans/<id>.md`.
public struct Plan: Sendable, Identifiable {
    public let id: String
    /// Path relative to the content folder.
    public let path: String
    public var name: String
    public var knownAs: String?
    /// The plain-text fields that `PlanField.plainText` describes, by key (for example `pronouns`).
    public var texts: [String: String] = [:]
    public var dob: Day?
    /// The pupil's identifier in the school's management information system, written by
    /// `sspwiki import register` to find the plan again; never shown on the site nor searched.
    public var misID: String?
    /// Path inside the content folder, checked to exist and not escape it.
    public var photo: String?
    public var yearGroup: YearGroup?
    public var inChronologicalYear: Bool = true
    public var className: String?
    public var teacher: String?
    public var caseHolder: String?
    public var stage: Stage
    public var planNumber: Int = 1
    public var start: Day
    public var review: Day
    public var status: PlanStatus = .active
    public var flags: [Flag] = []
    public var medical: String?
    public var otherPlans: [OtherPlan] = []
    public var related: [String] = []
    public var needs: [Need] = []
    public var targets: [Target] = []
    public var provisions: [Provision] = []
    public var accessArrangements: [String] = []
    public var external: [ExternalInvolvement] = []
    /// What the child's EHCP says: its outcomes and the date of its annual review.
    public var ehcp: EHCPDetails?
    public var reviewRecord: ReviewRecord?
    /// The `confidential:` block: details only the leads audience sees.
    public var confidential = ConfidentialDetails()
    /// `access: restricted`: the whole plan exists only in the leads build.
    public var restricted = false
    /// The day the child left the setting (`left:`); a plan with one is archived.
    public var left: Day?
    /// The setting the child moved to (`destination:`).
    public var destination: String?
    /// The Markdown after the front matter, and the line it starts on.
    public var body: String = ""
    public var bodyLine: Int = 1
    /// The body after Markdown parsing.
    public var document = MarkdownDocument()
    public var locations: FieldLocations

    /// What staff call the child: `known_as`, or the first name.
    public var displayName: String {
        if let knownAs, !knownAs.isEmpty { return knownAs }
        return name.split(separator: " ").first.map(String.init) ?? name
    }

    /// The need marked `primary`, or the first one.
    public var primaryNeed: Need? { needs.first(where: \.primary) ?? needs.first }

    /// The `[[…]]` links of the page: the body's, then each other plan's `link`, in this
    /// order, so the link graph's resolved list for the plan lines up with it.
    public var allLinks: [WikiLink] { document.links + otherPlans.compactMap(\.link) }

    /// Initials such as "A.K." for places where a full name must not appear.
    public var initials: String {
        name.split(separator: " ").compactMap(\.first).map { "\($0)." }.joined()
    }
}

/// Another plan held for the child (health care plan, PEP, risk assessment …).
public struct OtherPlan: Sendable, Hashable {
    public var kind: String
    public var note: String?
    /// The page or plan in the content that holds it (`link:`), resolved like a `[[…]]` link.
    public var link: WikiLink?

    public init(kind: String, note: String? = nil, link: WikiLink? = nil) {
        self.kind = kind
        self.note = note
        self.link = link
    }
}

/// One identified need, described by an INDES section and a level on its scale.
public struct Need: Sendable, Hashable {
    public var indes: String
    public var level: Int
    public var primary: Bool = false
    public var summary: String?
}

/// A small-step SMART target.
public struct Target: Sendable, Hashable {
    public var id: String
    public var outcome: String
    public var measure: String?
    public var baseline: String?
    public var by: Day?
    public var linksTo: String?
    public var status: TargetStatus = .notStarted
}

/// Support in place: an in-class adjustment or additional provision.
public struct Provision: Sendable, Hashable {
    public var what: String
    public var peass: String?
    public var kind: ProvisionKind = .additional
    public var who: String?
    /// The text as written, kept even when it cannot be read as a frequency.
    public var howOftenText: String?
    public var howOften: Frequency?
    public var minutes: Int?
    public var start: Day?
    public var end: Day?
    public var targets: [String] = []

    /// Minutes per average school week, when both frequency and session length are known.
    public var minutesPerWeek: Double? {
        guard let howOften, let minutes else { return nil }
        return howOften.minutesPerWeek(sessionMinutes: minutes)
    }
}

/// An outside agency's involvement, and the report that informed the plan.
public struct ExternalInvolvement: Sendable, Hashable {
    public var agency: String
    public var involvement: String?
    public var date: Day?
    public var report: String?
}

/// The parts of an Education, Health and Care Plan that the support plan works towards.
public struct EHCPDetails: Sendable, Hashable {
    /// The EHCP's longer-term outcomes; targets name one of them with `links_to`.
    public var outcomes: [EHCPOutcome] = []
    /// The next annual review of the EHCP (held at least every 12 months).
    public var annualReview: Day?

    /// The outcome with the given id.
    public func outcome(_ id: String) -> EHCPOutcome? { outcomes.first { $0.id == id } }
}

/// One outcome of an EHCP, as the EHCP words it.
public struct EHCPOutcome: Sendable, Hashable {
    /// A short label such as `O1`, named by targets' `links_to`.
    public var id: String
    public var text: String
    /// The part of the EHCP it comes from, such as `Communication and interaction`.
    public var section: String?
}

/// The review of impact that closes a cycle.
public struct ReviewRecord: Sendable, Hashable {
    public var date: Day?
    public var attended: [String] = []
    public var workedWell: String?
    public var notSoWell: String?
    public var next: ReviewDecision?

    /// True when anything was recorded.
    public var isFilled: Bool {
        date != nil || !attended.isEmpty || workedWell != nil || notSoWell != nil || next != nil
    }
}
