import Foundation

/// What one revision changed, in plain English, computed by comparing the parsed front
/// matter (and the body's sections) of the version before with the version after.
package struct ChangeSummary: Sendable, Hashable {
    /// One line per change, in the order the plan shows its parts.
    package var lines: [String] = []
    /// The plan number went up: this revision starts a new assess, plan, do, review cycle.
    package var startsNewCycle = false
    /// This revision records a review of impact (a new or changed review record).
    package var recordsReview = false

    package init(lines: [String] = [], startsNewCycle: Bool = false, recordsReview: Bool = false) {
        self.lines = lines
        self.startsNewCycle = startsNewCycle
        self.recordsReview = recordsReview
    }

    /// Titles of the pages a plan refers to by id, so lines name them as readers know them.
    struct Names: Equatable, Sendable {
        var indes: [String: String] = [:]
        var peass: [String: String] = [:]
        var plans: [String: String] = [:]

        init(_ model: ContentModel) {
            indes = model.indesByID.mapValues(\.title)
            peass = model.peassByID.mapValues(\.title)
            plans = Dictionary(model.plans.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        }

        init() {}

        func need(_ id: String) -> String { indes[id] ?? id }
    }

    /// Compares two versions of a plan; `old` is nil when the plan was added.
    static func plan(from old: Plan?, to new: Plan, names: Names) -> ChangeSummary {
        guard let old else {
            var summary = ChangeSummary(lines: ["Plan added (plan number \(new.planNumber), review \(new.review.medium))"])
            summary.recordsReview = new.reviewRecord?.isFilled == true
            return summary
        }
        var c = ChangeLines()
        c.text("Name", old.name, new.name)
        c.text("Known as", old.knownAs, new.knownAs)
        for field in PlanField.plainText { c.text(field.plainTextLabel ?? field.key, old.texts[field.key], new.texts[field.key]) }
        c.day("Date of birth", old.dob, new.dob)
        if old.photo != new.photo {
            c.add(new.photo == nil ? "Photo removed" : old.photo == nil ? "Photo added" : "Photo changed")
        }
        c.text("Year group", old.yearGroup?.description, new.yearGroup?.description)
        if old.inChronologicalYear != new.inChronologicalYear {
            c.add(
                new.inChronologicalYear
                    ? "Now taught in their chronological year group"
                    : "Now taught outside their chronological year group")
        }
        c.text("Class", old.className, new.className)
        c.text("Teacher", old.teacher, new.teacher)
        c.text("Case holder", old.caseHolder, new.caseHolder)
        c.text("Stage", old.stage.label, new.stage.label)
        var summary = ChangeSummary()
        if old.planNumber != new.planNumber {
            summary.startsNewCycle = new.planNumber > old.planNumber
            c.add("Plan number \(old.planNumber) → \(new.planNumber)" + (summary.startsNewCycle ? " (new APDR cycle)" : ""))
        }
        c.day("Start date", old.start, new.start)
        c.day("Review date", old.review, new.review)
        c.text("Status", old.status.label, new.status.label)
        c.list("Flag", old.flags.map(\.label), new.flags.map(\.label))
        c.text("Medical information", old.medical, new.medical)
        if old.confidential != new.confidential { c.add("Confidential details changed") }
        if old.restricted != new.restricted {
            c.add(new.restricted ? "Access restricted to leads" : "Access no longer restricted")
        }
        c.day("Left", old.left, new.left)
        c.text("Destination", old.destination, new.destination)
        otherPlans(old.otherPlans, new.otherPlans, into: &c)
        c.list("Related plan", old.related.map { names.plans[$0] ?? $0 }, new.related.map { names.plans[$0] ?? $0 })
        needs(old.needs, new.needs, names: names, into: &c)
        targets(old.targets, new.targets, into: &c)
        provisions(old.provisions, new.provisions, names: names, into: &c)
        c.list("Access arrangement", old.accessArrangements, new.accessArrangements)
        external(old.external, new.external, into: &c)
        ehcp(old.ehcp, new.ehcp, into: &c)
        summary.recordsReview = review(old.reviewRecord, new.reviewRecord, into: &c)
        sections(old.document, new.document, into: &c)
        summary.lines = c.lines
        return summary
    }

    /// Compares two versions of an INDES section, PEaSS entry or page by title and body sections.
    static func page(
        from old: (title: String, document: MarkdownDocument)?, to new: (title: String, document: MarkdownDocument),
        noun: String
    ) -> ChangeSummary {
        guard let old else { return ChangeSummary(lines: ["\(noun) added"]) }
        var c = ChangeLines()
        c.text("Title", old.title, new.title)
        sections(old.document, new.document, into: &c)
        return ChangeSummary(lines: c.lines)
    }

    /// "Text changed: About me, Family views", "Section added: Transition".
    static func sections(_ old: MarkdownDocument, _ new: MarkdownDocument, into c: inout ChangeLines) {
        // Text before the first heading counts as a section called "Introduction" that is always there.
        func name(_ section: MarkdownDocument.Section) -> String { section.title ?? "Introduction" }
        func text(_ document: MarkdownDocument) -> [String: String] {
            var texts = Dictionary(document.sections.map { (name($0), $0.html) }, uniquingKeysWith: { a, b in a + b })
            texts["Introduction"] = (texts["Introduction"] ?? "").trimmingWhitespaceAndNewlines()
            return texts
        }
        let before = text(old)
        let after = text(new)
        var changed: [String] = []
        for title in new.sections.map(name) + ["Introduction"] where !changed.contains(title) {
            guard let was = before[title] else {
                c.add("Section added: \(title)")
                changed.append(title)
                continue
            }
            if was != after[title] { changed.append(title) }
        }
        changed.removeAll { before[$0] == nil }
        for section in old.sections where after[name(section)] == nil {
            c.add("Section removed: \(name(section))")
        }
        if !changed.isEmpty { c.add("Text changed: " + changed.joined(separator: ", ")) }
    }
}
