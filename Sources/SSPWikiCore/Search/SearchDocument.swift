/// One page as the search index sees it: its title, its text split by field, and, for a
/// plan, the facts search results show and filter on.
///
/// Built only from what pages show; a plan's date of birth and medical notes are never part
/// of it, and drafts never become documents.
package struct SearchDocument: Sendable, Hashable {
    /// A run of text and the field it belongs to.
    package struct Part: Sendable, Hashable {
        package var field: SearchField
        package var text: String

        package init(_ field: SearchField, _ text: String) {
            self.field = field
            self.text = text
        }
    }

    /// What results show about a plan and what the filters test.
    package struct PlanFacts: Sendable, Hashable {
        package var yearGroup: YearGroup?
        package var className: String?
        package var caseHolder: String?
        package var stage: Stage
        package var review: Day
        package var flags: [Flag]
        /// The needs, the primary need first.
        package var needs: [Need]
    }

    package let ref: PageRef
    package var title: String
    /// Known-as for a plan, the area of an INDES section, the category of a PEaSS entry.
    package var subtitle: String?
    package var parts: [Part]
    package var plan: PlanFacts?
    package var archived: Bool = false

    package init(
        ref: PageRef, title: String, subtitle: String? = nil, parts: [Part], plan: PlanFacts? = nil, archived: Bool = false
    ) {
        self.ref = ref
        self.title = title
        self.subtitle = subtitle
        self.parts = parts
        self.plan = plan
        self.archived = archived
    }

    /// Every indexed word with the fields it occurs in (a bit mask of `SearchField.bit`).
    package func wordFields() -> [String: Int] {
        var fields: [String: Int] = [:]
        for part in parts {
            for word in SearchTokenizer.words(in: part.text) {
                fields[word, default: 0] |= part.field.bit
            }
        }
        return fields
    }
}
