/// The edits that bring one plan's front matter in step with its row of the register, made
/// with `FrontMatterEditor` so that everything else in the file stays byte for byte: the
/// pupil identifier, year group, class, stage, the flags the register has columns for, and
/// needs whose INDES section the plan does not have yet. Nothing is ever removed but a flag
/// the register no longer sets.
struct RegisterEdit {
    var editor: FrontMatterEditor
    let plan: Plan
    let pupil: RegisterPupil
    /// INDES section → the level a new need starts at (the lowest above 0 on its scale).
    let startLevels: [String: Int]
    let mapping: NeedTypeMapping
    /// What changed, like `review` prints it.
    private(set) var changes: [String] = []
    /// The INDES sections of the needs added.
    private(set) var addedSections: [String] = []

    init(editor: FrontMatterEditor, plan: Plan, pupil: RegisterPupil, startLevels: [String: Int], mapping: NeedTypeMapping) {
        self.editor = editor
        self.plan = plan
        self.pupil = pupil
        self.startLevels = startLevels
        self.mapping = mapping
    }

    struct Refusal: Error { let why: String }

    /// The flags the plan should have: its own, less the register's flags that are not set,
    /// plus those that are, in the plan's order with new ones at the end.
    var wantedFlags: [Flag] {
        let unset = Set(pupil.flags.filter { !$0.isSet }.map(\.flag))
        var flags = plan.flags.filter { !unset.contains($0) }
        for flag in pupil.setFlags where !flags.contains(flag) { flags.append(flag) }
        return flags
    }

    /// The needs to add: each INDES section of the register's need types that the plan lacks.
    var newNeeds: [(section: String, code: String)] {
        var have = Set(plan.needs.map(\.indes))
        var out: [(String, String)] = []
        for need in pupil.needs {
            for section in mapping.sections(for: need.code) ?? [] where !have.contains(section) {
                have.insert(section)
                out.append((section, need.code))
            }
        }
        return out
    }

    mutating func apply(created: Bool) throws {
        if created {
            if let knownAs = pupil.knownAs { set("known_as", YAMLScalar.encode(knownAs), after: ["name"]) }
            set("dob", pupil.dob.iso, after: ["known_as", "name"])
        }
        if plan.misID != pupil.misID {
            set(
                "mis_id", YAMLScalar.encode(pupil.misID), after: ["dob", "known_as", "name"],
                comment: "# the pupil's MIS identifier, for import register; never shown on the site")
            if !created { changes.append("mis_id: \(plan.misID.map { "\($0) → " } ?? "added ")\(pupil.misID)") }
        }
        if let year = pupil.yearGroup, plan.yearGroup != year {
            set("year_group", year.code, after: ["photo", "dob", "mis_id", "name"])
            note("year_group", plan.yearGroup?.code, year.code, created)
        }
        if let className = pupil.className, plan.className != className {
            set("class", YAMLScalar.encode(className), after: ["in_chronological_year", "year_group", "name"])
            note("class", plan.className, className, created)
        }
        if let stage = pupil.stage, plan.stage != stage {
            set("stage", stage.rawValue, after: ["case_holder", "teacher", "class", "name"])
            note("stage", plan.stage.rawValue, stage.rawValue, created)
        }
        let flags = wantedFlags
        if flags != plan.flags {
            set("flags", "[" + flags.map(\.rawValue).joined(separator: ", ") + "]", after: ["status", "review", "start"])
            if !created {
                let added = flags.filter { !plan.flags.contains($0) }.map(\.rawValue)
                let removed = plan.flags.filter { !flags.contains($0) }.map(\.rawValue)
                changes.append(
                    "flags: "
                        + ([
                            added.isEmpty ? nil : "added " + added.joined(separator: ", "),
                            removed.isEmpty ? nil : "removed " + removed.joined(separator: ", "),
                        ]
                        .compactMap { $0 }.joined(separator: "; ")))
            }
        }
        try addNeeds(created: created)
    }

    mutating func note(_ key: String, _ old: String?, _ new: String, _ created: Bool) {
        if !created { changes.append("\(key): \(old ?? "(none)") → \(new)") }
    }

    /// Sets a top-level `key: value`, replacing any block the key held; a missing key goes
    /// after the first of `anchors` the plan has, else at the end of the front matter, with
    /// `comment` at the archetypes' comment column.
    mutating func set(_ key: String, _ value: String, after anchors: [String], comment: String? = nil) {
        if let entry = editor.entry(key) {
            editor.replaceLines((entry.line + 1)..<entry.end, with: [])
            editor.setValue(entry.line, column: 0, to: value)
            return
        }
        let editor = self.editor
        let at = anchors.lazy.compactMap { editor.entry($0)?.end }.first ?? editor.lines.count
        self.editor.replaceLines(at..<at, with: [Self.commented("\(key): \(value)", comment)])
    }

    mutating func addNeeds(created: Bool) throws {
        let needs = newNeeds
        guard !needs.isEmpty else { return }
        var column = 2
        var at: Int
        if let entry = editor.entry("needs") {
            let items = editor.items(of: entry)
            if let first = items.first {
                column = first.column - 2
                at = entry.end
            } else {
                let value = editor.inline(entry.line, column: 0).value
                guard value.isEmpty || value == "[]" || value == "~" || value == "null" else {
                    throw Refusal(why: "'needs' is not a block list with one `- ` item per line")
                }
                editor.replaceLines((entry.line + 1)..<entry.end, with: [])
                editor.setValue(entry.line, column: 0, to: "")
                at = entry.line + 1
            }
        } else {
            let current = editor
            at =
                ["related", "other_plans", "medical", "flags"].lazy.compactMap { current.entry($0)?.end }.first
                ?? editor.lines.count
            editor.replaceLines(at..<at, with: ["needs:"])
            at += 1
        }
        let pad = String(repeating: " ", count: column)
        var lines: [String] = []
        for (n, need) in needs.enumerated() {
            let level = startLevels[need.section] ?? 1
            lines.append("\(pad)- indes: \(need.section)")
            lines.append(
                Self.commented(
                    "\(pad)  level: \(level)", "# from the SEN register (\(need.code)): check the level on the INDES scale"))
            // The first need the register ranks is the main one, when the plan names none yet.
            if n == 0 && plan.needs.isEmpty { lines.append("\(pad)  primary: true") }
            if !created { changes.append("needs: added \(need.section) (\(need.code)) at level \(level)") }
            addedSections.append(need.section)
        }
        editor.replaceLines(at..<at, with: lines)
    }

    /// `line` with `comment` at column 35, where the archetypes put theirs (or one space after).
    static func commented(_ line: String, _ comment: String?) -> String {
        guard let comment else { return line }
        return line + String(repeating: " ", count: max(1, 34 - line.count)) + comment
    }
}
