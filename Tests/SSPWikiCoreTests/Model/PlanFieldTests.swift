import Foundation
import Testing

@testable import SSPWikiCore

/// Every plan field of `PlanField.all` is handled by every stage that must handle it: a change
/// to it is a line of the plan's history, its words are found by search where it is searched,
/// and docs/content-format.md describes it. A field added to the table and forgotten by one of
/// them fails here; a field forgotten by the table is unknown to the parser and fails here too.
@Suite("Plan fields: one table, every stage")
struct PlanFieldTests {
    /// The minimal plan with the fields it lacks, so that every field has a value to change
    /// (a plain-text field of the table is written as `<key>: Before <key>`).
    static let base = MinimalContent.plan.replacingOccurrences(
        of: "stage: sen-support\n",
        with: """
            stage: sen-support
            mis_id: A1001
            ehcp:
              annual_review: 2027-06-17
              outcomes:
                - id: O1
                  text: Speaks in short phrases in class
            confidential:
              notes: Seen by the school nurse
            access: staff

            """
    )
    .replacingOccurrences(
        of: "stage: sen-support\n",
        with: "stage: sen-support\n" + PlanField.plainText.map { "\($0.key): Before \($0.key)\n" }.joined())

    /// For each field, a change to the base plan: (what is written, what it becomes). Searched
    /// fields put the word `zqfield` into their new value so search can be asked for it (the
    /// year group and stage, whose values are not free text, are asked for by `searchWord`).
    /// A plain-text field needs no line here: its edit is made from the table.
    static let edits: [String: (String, String)] = written.merging(
        PlanField.plainText.map { field in
            (
                field.key,
                ("\(field.key): Before \(field.key)", "\(field.key): \(field.searched ? "Zqfield" : "After") \(field.key)")
            )
        }
    ) { given, _ in given }

    static let written: [String: (String, String)] = [
        "name": ("name: Amelia Khan", "name: Amelia Zqfield"),
        "known_as": ("known_as: Amy", "known_as: Zqfield"),
        "dob": ("dob: 2017-03-14", "dob: 2017-03-15"),
        "mis_id": ("mis_id: A1001", "mis_id: A1002"),
        "photo": ("photo: media/amelia-khan.jpg\n", ""),
        "year_group": ("year_group: 3", "year_group: 11"),
        "in_chronological_year": ("in_chronological_year: false", "in_chronological_year: true"),
        "class": ("class: Kestrels", "class: Zqfield"),
        "teacher": ("teacher: Mrs J Patel", "teacher: Mrs Zqfield"),
        "case_holder": ("case_holder: Mr D Evans", "case_holder: Mr Zqfield"),
        "stage": ("stage: sen-support", "stage: ehcp"),
        "plan_number": ("plan_number: 3", "plan_number: 4"),
        "start": ("start: 2026-09-08", "start: 2026-09-09"),
        "review": ("review: 2026-12-11\nstatus", "review: 2026-12-12\nstatus"),
        "status": ("status: active", "status: archived"),
        "flags": ("flags: [eal, pupil-premium]", "flags: [eal]"),
        "medical": ("medical: Asthma", "medical: Hay fever"),
        "other_plans": ("kind: Individual Health Care Plan", "kind: Zqfield plan"),
        "related": ("related: [jacob-khan]\n", ""),
        "needs": ("summary: Finds multi-step", "summary: Zqfield multi-step"),
        "targets": ("outcome: Follow a two-step", "outcome: Zqfield a two-step"),
        "provisions": ("what: Small-group language sessions", "what: Zqfield language sessions"),
        "access_arrangements": (
            "access_arrangements: [25% extra time, reader]", "access_arrangements: [25% extra time, zqfield]"
        ),
        "external": ("agency: Speech and Language Therapy", "agency: Zqfield Therapy"),
        "ehcp": ("text: Speaks in short phrases in class", "text: Speaks in sentences in class"),
        "review_record": ("worked_well: Visual timetable", "worked_well: Zqfield timetable"),
        "confidential": ("notes: Seen by the school nurse", "notes: Seen by the school doctor"),
        "access": ("access: staff", "access: restricted"),
        // A date the child left archives the plan, so it is added rather than in the base plan.
        "left": ("status: active", "status: active\nleft: 2026-07-21"),
        "destination": ("status: active", "status: active\ndestination: Kite Academy"),
    ]

    /// The word a search must find after the field's edit, or nil when the edit adds none.
    static func searchWord(_ key: String) -> String? {
        switch key {
        case "year_group": return "11"
        case "stage": return "EHCP"
        default: return edits[key].map(\.1)?.localizedCaseInsensitiveContains("zqfield") == true ? "zqfield" : nil
        }
    }

    static func parse(_ text: String) -> (Plan?, [Diagnostic]) {
        let result = ContentParser.parseDocument(
            SourceFile(path: "plans/amelia-khan.md", kind: .plan, text: text),
            markdown: MarkdownParser())
        guard case .plan(let plan)? = result.entity else { return (nil, result.diagnostics) }
        return (plan, result.diagnostics)
    }

    @Test("every field of the table has an edit here, and the base plan uses every field")
    func tableAndEditsAgree() throws {
        #expect(Set(Self.edits.keys) == Set(PlanField.keys))
        let (plan, diagnostics) = Self.parse(Self.base)
        _ = try #require(plan, "\(Fixture.formatted(diagnostics))")
        #expect(diagnostics.filter { $0.severity != .note }.isEmpty, "\(Fixture.formatted(diagnostics))")
        for (key, edit) in Self.edits { #expect(Self.base.contains(edit.0), "the edit of \(key) finds its text") }
    }

    @Test("a change to any summarised field is a line of the plan's history", arguments: PlanField.all)
    func everyChangeIsSummarised(_ field: PlanField) throws {
        let (old, _) = Self.parse(Self.base)
        let edit = try #require(Self.edits[field.key])
        let (new, diagnostics) = Self.parse(Self.base.replacingOccurrences(of: edit.0, with: edit.1))
        let changed = try #require(new, "\(Fixture.formatted(diagnostics))")
        let lines = ChangeSummary.plan(from: try #require(old), to: changed, names: ChangeSummary.Names()).lines
        #expect(lines.isEmpty == !field.summarised, "\(field.key): \(lines)")
    }

    @Test("the words of every searched field are found by search, and no other field's are", arguments: PlanField.all)
    func searchedFieldsAreFound(_ field: PlanField) throws {
        let edit = try #require(Self.edits[field.key])
        guard let word = Self.searchWord(field.key) else {
            #expect(!field.searched, "\(field.key) is searched, so its edit must put zqfield in")
            return
        }
        let before = try Self.searchText(Self.base)
        #expect(!before.localizedCaseInsensitiveContains(word), "the base plan's search document already has \(word)")
        let after = try Self.searchText(Self.base.replacingOccurrences(of: edit.0, with: edit.1))
        #expect(
            after.localizedCaseInsensitiveContains(word) == field.searched,
            "\(field.key): search \(field.searched ? "does not find" : "finds") its new words")
    }

    /// The words of the plan's search document when the plan is `text`.
    static func searchText(_ text: String) throws -> String {
        let fixture = Fixture(minimal: { $0["plans/amelia-khan.md"] = text })
        let site = try #require(fixture.analysedSite().site)
        let documents = SearchDocumentBuilder(site: site).documents()
        let plan = try #require(documents.first { $0.ref == PageRef(.plan, "amelia-khan") })
        return plan.parts.map(\.text).joined(separator: " ") + " " + plan.title
    }

    @Test("docs/content-format.md describes every field")
    func documented() throws {
        let docs = try String(contentsOfFile: Fixture.packageRoot + "/docs/content-format.md", encoding: .utf8)
        for key in PlanField.keys where key != "review_record" {
            #expect(docs.contains("\(key):") || docs.contains("`\(key)`"), "docs/content-format.md does not describe \(key)")
        }
        #expect(docs.contains("review_record"), "docs name review_record, the review block's other key")
    }
}
