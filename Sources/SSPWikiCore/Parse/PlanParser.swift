/// Reads the front matter of `plans/<id>.md` into a `Plan`.
struct PlanParser {
    static let fields = PlanField.keys
    /// The fields every plan must have; a misspelling of one is an error, not a warning.
    static let requiredFields = PlanField.all.filter(\.required).map(\.key)
    static let confidentialFields = ["medical", "family", "notes", "flags", "external", "other_plans"]
    static let needFields = ["indes", "level", "primary", "summary"]
    static let targetFields = ["id", "outcome", "measure", "baseline", "by", "links_to", "status"]
    static let provisionFields = ["what", "peass", "kind", "who", "how_often", "minutes", "start", "end", "targets"]
    static let externalFields = ["agency", "involvement", "date", "report"]
    static let reviewFields = ["date", "attended", "worked_well", "not_so_well", "next"]
    static let otherPlanFields = ["kind", "note", "link"]
    static let ehcpFields = ["annual_review", "outcomes"]
    static let outcomeFields = ["id", "text", "section"]

    /// Returns nil when a required field is missing or unreadable; the reader holds the reasons.
    static func parse(_ root: Node, reader r: FieldReader, id: String, path: String) -> Plan? {
        guard let map = r.map(root, path: "", known: fields, required: requiredFields, what: "a plan") else { return nil }
        let name = r.string(map, map.written("name"), required: true, example: "Full Name")
        let stage = r.vocabulary(map, map.written("stage"), Stage.self, required: true)
        let start = r.day(map, map.written("start"), required: true)
        // `review` is the next review date, or the review-of-impact block whose `date` is that
        // date. The content format's example writes both; `DuplicateReviewKey` renames the
        // block to `review_record` before YAML is read. With the date's key misspelt beside a
        // block, the misspelt date is the review date: the block's date is the meeting's.
        var record: ReviewRecord?
        var review: Day?
        if let node = map.value("review"), case .mapping = node {
            record = reviewRecord(node, path: "review", reader: r)
            if let misspeltDate = map.misspelt["review"] {
                review = r.day(map, misspeltDate)
            } else {
                review = record?.date
                if record != nil && review == nil {
                    r.report(
                        .error, "missing required field 'review.date'", at: node,
                        hint: "add `date: 2026-12-11` inside `review:`, or write `review: 2026-12-11`")
                }
            }
        } else {
            review = r.day(map, map.written("review"), required: true)
        }
        if let node = map.value("review_record") { record = reviewRecord(node, path: "review_record", reader: r) }
        guard let name, let stage, let start, let review else { return nil }
        var plan = Plan(
            id: id, path: path, name: name, stage: stage, start: start, review: review,
            locations: FieldLocations(file: path))
        plan.knownAs = r.string(map, "known_as")
        for field in PlanField.plainText { plan.texts[field.key] = r.string(map, field.key) }
        plan.dob = r.day(map, "dob")
        plan.misID = r.string(map, "mis_id")
        plan.photo = r.string(map, "photo")
        if let text = r.string(map, "year_group") {
            plan.yearGroup = YearGroup(parsing: text)
            if plan.yearGroup == nil {
                r.report(
                    .error, "'year_group' must be N, R or a number from 1 to 14, not '\(text)'", at: map.value("year_group"),
                    hint: "write `year_group: 3` for Year 3, `R` for Reception, `N` for Nursery")
            }
        }
        plan.inChronologicalYear = r.bool(map, "in_chronological_year") ?? true
        plan.className = r.string(map, "class")
        plan.teacher = r.string(map, "teacher")
        plan.caseHolder = r.string(map, "case_holder")
        plan.planNumber = r.int(map, "plan_number", in: 1...99) ?? 1
        plan.status = r.vocabulary(map, "status", PlanStatus.self) ?? .active
        plan.flags = r.stringList(map, "flags").compactMap {
            r.vocabularyValue($0.value, path: $0.path, node: $0.node, Flag.self)
        }
        plan.medical = r.string(map, "medical")
        plan.otherPlans = r.list(map, "other_plans").compactMap { otherPlan($0.node, path: $0.path, reader: r) }
        plan.related = r.stringList(map, "related").map(\.value)
        plan.needs = r.list(map, "needs").compactMap { item in
            guard let m = r.map(item.node, path: item.path, known: needFields, what: "a need") else { return nil }
            let indes = r.string(m, "indes", required: true, example: "speech-language")
            let level = r.int(m, "level", in: 0...20, required: true)
            guard let indes, let level else { return nil }
            return Need(indes: indes, level: level, primary: r.bool(m, "primary") ?? false, summary: r.string(m, "summary"))
        }
        plan.targets = r.list(map, "targets").compactMap { item in
            guard let m = r.map(item.node, path: item.path, known: targetFields, what: "a target") else { return nil }
            let id = r.string(m, "id", required: true, example: "T1")
            let outcome = r.string(m, "outcome", required: true, example: "what the child will be able to do")
            guard let id, let outcome else { return nil }
            return Target(
                id: id, outcome: outcome, measure: r.string(m, "measure"), baseline: r.string(m, "baseline"),
                by: r.day(m, "by"), linksTo: r.string(m, "links_to"),
                status: r.vocabulary(m, "status", TargetStatus.self) ?? .notStarted)
        }
        plan.provisions = r.list(map, "provisions").compactMap { item in
            guard let m = r.map(item.node, path: item.path, known: provisionFields, what: "a provision") else { return nil }
            guard let what = r.string(m, "what", required: true, example: "what the support is") else { return nil }
            var provision = Provision(what: what)
            provision.peass = r.string(m, "peass")
            provision.kind = r.vocabulary(m, "kind", ProvisionKind.self) ?? .additional
            provision.who = r.string(m, "who")
            provision.howOftenText = r.string(m, "how_often")
            provision.howOften = provision.howOftenText.flatMap(Frequency.init(parsing:))
            provision.minutes = r.int(m, "minutes", in: 1...600)
            provision.start = r.day(m, "start")
            provision.end = r.day(m, "end")
            provision.targets = r.stringList(m, "targets").map(\.value)
            return provision
        }
        plan.accessArrangements = r.stringList(map, "access_arrangements").map(\.value)
        plan.external = r.list(map, "external").compactMap { external($0.node, path: $0.path, reader: r) }
        if let node = map.value("ehcp"), !r.isNull(node), let m = r.map(node, path: "ehcp", known: ehcpFields, what: "the EHCP") {
            plan.ehcp = ehcp(m, reader: r)
        }
        plan.reviewRecord = record
        readAccess(map, into: &plan, reader: r)
        return plan
    }

    /// One entry of `other_plans`: a kind alone, or `kind`, `note` and `link`.
    static func otherPlan(_ node: Node, path: String, reader r: FieldReader) -> OtherPlan? {
        if case .scalar(let s) = node {
            r.recordText(s, node: node, path: path)
            return OtherPlan(kind: s.string, note: nil)
        }
        guard let m = r.map(node, path: path, known: otherPlanFields, what: "another plan") else { return nil }
        guard let kind = r.string(m, "kind", required: true, example: "Individual Health Care Plan") else { return nil }
        return OtherPlan(kind: kind, note: r.string(m, "note"), link: otherPlanLink(m, reader: r))
    }

    /// One entry of `external`.
    static func external(_ node: Node, path: String, reader r: FieldReader) -> ExternalInvolvement? {
        guard let m = r.map(node, path: path, known: externalFields, what: "an external agency") else { return nil }
        guard let agency = r.string(m, "agency", required: true, example: "Speech and Language Therapy") else { return nil }
        return ExternalInvolvement(
            agency: agency, involvement: r.string(m, "involvement"), date: r.day(m, "date"),
            report: r.string(m, "report"))
    }

    /// `link: "[[page:intimate-care]]"`, `link: page:intimate-care` or `link: intimate-care`.
    static func otherPlanLink(_ m: FieldReader.Map, reader r: FieldReader) -> WikiLink? {
        guard var text = r.string(m, "link", example: "\"[[page:intimate-care-plan]]\"") else { return nil }
        if text.hasPrefix("[["), text.hasSuffix("]]") { text = String(text.dropFirst(2).dropLast(2)) }
        return WikiLink(raw: text, location: r.location(of: m.value("link")))
    }

    static func ehcp(_ m: FieldReader.Map, reader r: FieldReader) -> EHCPDetails {
        let outcomes = r.list(m, "outcomes").compactMap { item -> EHCPOutcome? in
            guard let o = r.map(item.node, path: item.path, known: outcomeFields, what: "an EHCP outcome") else { return nil }
            let id = r.string(o, "id", required: true, example: "O1")
            let text = r.string(o, "text", required: true, example: "the outcome in the EHCP's words")
            guard let id, let text else { return nil }
            return EHCPOutcome(id: id, text: text, section: r.string(o, "section"))
        }
        return EHCPDetails(outcomes: outcomes, annualReview: r.day(m, "annual_review"))
    }

    static func reviewRecord(_ node: Node, path: String, reader r: FieldReader) -> ReviewRecord? {
        guard !r.isNull(node), let m = r.map(node, path: path, known: reviewFields, what: "a review record") else { return nil }
        return ReviewRecord(
            date: r.day(m, "date"), attended: r.stringList(m, "attended").map(\.value),
            workedWell: r.string(m, "worked_well"), notSoWell: r.string(m, "not_so_well"),
            next: r.vocabulary(m, "next", ReviewDecision.self))
    }
}
