/// One SEN Support Plan for a child or young person, as written in `plans/<id>.md`.
@dynamicMemberLookup
package struct Plan: Sendable, Identifiable {
    /// A plan's fields. A `Plan` keeps them in one shared box that is copied only when a
    /// shared plan is changed: plans are copied into many lists (staff, classes, the
    /// provision map, page jobs), and every copy of a 700-byte value was most of a large
    /// setting's memory.
    package struct Fields: Sendable {
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

    }

    private final class Box: @unchecked Sendable {
        // Changed only through `Plan`'s setters, which copy a box that is shared first.
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    package init(
        id: String, path: String, name: String, stage: Stage, start: Day, review: Day, locations: FieldLocations
    ) {
        box = Box(Fields(id: id, path: path, name: name, stage: stage, start: start, review: review, locations: locations))
    }

    /// All the plan's fields, for code that reads many of them.
    package var fields: Fields { box.fields }

    /// Whether the two share one box of fields, and so are equal: a plan `ParseCache` kept for
    /// an unchanged file is. False says nothing (an equal plan may have a box of its own).
    package func isSame(as other: Plan) -> Bool { box === other.box }

    /// Names the box of fields the plan shares (`isSame(as:)`), while anything holds the plan.
    var identity: ObjectIdentifier { ObjectIdentifier(box) }

    /// A field of the plan (`plan.name`, `plan.targets`).
    package subscript<Value>(dynamicMember key: KeyPath<Fields, Value>) -> Value {
        box.fields[keyPath: key]
    }

    /// A field of the plan, to change; a plan that shares its box with another copies it first.
    package subscript<Value>(dynamicMember key: WritableKeyPath<Fields, Value>) -> Value {
        get { box.fields[keyPath: key] }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
            yield &box.fields[keyPath: key]
        }
    }

    // Protocol requirements cannot be met through dynamic members.
    package var id: String { box.fields.id }
    /// Path relative to the content folder.
    package var path: String { box.fields.path }
    /// The Markdown after the front matter.
    package var body: String {
        get { box.fields.body }
        set { self[dynamicMember: \.body] = newValue }
    }
    /// File line the body starts on.
    package var bodyLine: Int {
        get { box.fields.bodyLine }
        set { self[dynamicMember: \.bodyLine] = newValue }
    }
    /// The body after Markdown parsing.
    package var document: MarkdownDocument {
        get { box.fields.document }
        _modify { yield &self[dynamicMember: \.document] }
    }
    /// Where each front-matter field was written.
    package var locations: FieldLocations {
        get { box.fields.locations }
        _modify { yield &self[dynamicMember: \.locations] }
    }

    /// What staff call the child: `known_as`, or the first name.
    package var displayName: String {
        if let knownAs = self.knownAs, !knownAs.isEmpty { return knownAs }
        return self.name.split(separator: " ").first.map(String.init) ?? self.name
    }

    /// The need marked `primary`, or the first one.
    package var primaryNeed: Need? { self.needs.first(where: \.primary) ?? self.needs.first }

    /// The `[[…]]` links of the page: the body's, then each other plan's `link`, in this
    /// order, so the link graph's resolved list for the plan lines up with it.
    package var allLinks: [WikiLink] {
        // Read in place in the box: through `document` the whole parsed body was copied for its links.
        box.fields.otherPlans.isEmpty
            ? box.fields.document.links : box.fields.document.links + box.fields.otherPlans.compactMap(\.link)
    }

    /// Initials such as "A.K." for places where a full name must not appear.
    package var initials: String {
        self.name.split(separator: " ").compactMap(\.first).map { "\($0)." }.joined()
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

extension [Plan] {
    /// Whether `other` holds as many plans, each at its place the very same plan as here
    /// (`Plan.isSame(as:)`, one pointer test) or one that `alike` finds equal in what the caller
    /// reads: how a memo kept between rebuilds tells that an edit changed nothing it depends on.
    func matches(_ other: [Plan], by alike: (Plan, Plan) -> Bool) -> Bool {
        count == other.count && zip(self, other).allSatisfy { $0.isSame(as: $1) || alike($0, $1) }
    }
}
