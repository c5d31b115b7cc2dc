/// One page as the search index sees it: its title, its text split by field, and, for a
/// plan, the facts search results show and filter on.
///
/// Built only from what pages show; a plan's date of birth and medical notes are never part
/// of it, and drafts never become documents.
public struct SearchDocument: Sendable, Hashable {
    /// A run of text and the field it belongs to.
    public struct Part: Sendable, Hashable {
        public var field: SearchField
        public var text: String

        public init(_ field: SearchField, _ text: String) {
            self.field = field
            self.text = text
        }
    }

    /// What results show about a plan and what the filters test.
    public struct PlanFacts: Sendable, Hashable {
        public var yearGroup: YearGroup?
        public var className: String?
        public var caseHolder: String?
        public var stage: Stage
        public var review: Day
        public var flags: [Flag]
        /// The needs, the primary need first.
        public var needs: [Need]
    }

    public let ref: PageRef
    public var title: String
    /// Known-as for a plan, the area of an INDES section, the category of a PEaSS entry.
    public var subtitle: String?
    public var parts: [Part]
    public var plan: PlanFacts?
    public var archived: Bool = false

    public init(ref: PageRef, title: String, subtitle: String? = nil, parts: [Part], plan: PlanFacts? = nil, archived: Bool = false) {
        self.ref = ref
        self.title = title
        self.subtitle = subtitle
        self.parts = parts
        self.plan = plan
        self.archived = archived
    }

    /// Every indexed word with the fields it occurs in (a bit mask of `SearchField.bit`).
    public func wordFields() -> [String: Int] {
        var fields: [String: Int] = [:]
        for part in parts {
            for word in SearchTokenizer.words(in: part.text) {
                fields[word, default: 0] |= part.field.bit
            }
        }
        return fields
    }
}
