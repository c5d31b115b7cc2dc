/// One SEN Support Plan for a child or young person, as written in `plans/<id>.md`.
public struct Plan: Sendable, Identifiable {
    public let id: String
    /// Path relative to the content folder.
    public let path: String
    public var name: String
    public var knownAs: String?
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
    public var reviewRecord: ReviewRecord?
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

    /// Initials such as "A.K." for places where a full name must not appear.
    public var initials: String {
        name.split(separator: " ").compactMap(\.first).map { "\($0)." }.joined()
    }
}

/// Another plan held for the child (health care plan, PEP, risk assessment …).
public struct OtherPlan: Sendable, Hashable {
    public var kind: String
    public var note: String?
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
