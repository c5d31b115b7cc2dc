/// Reads `site.yml` and `glossary.yml`.
enum SettingsParser {
    static let siteFields = ContentField.keys(of: .site)
    static let ruleSeverities = ["off", "warning", "error"]

    static func site(_ root: Node, reader r: FieldReader) -> SiteConfig? {
        guard let map = r.map(root, path: "", known: siteFields, what: "site.yml") else { return nil }
        guard let setting = r.string(map, "setting", required: true, example: "Kestrel Primary School") else { return nil }
        var config = SiteConfig(setting: setting)
        config.phase = r.vocabulary(map, "phase", Phase.self)
        config.academicYearStart = r.day(map, "academic_year_start")
        config.reviewSoonDays = r.int(map, "review_soon_days", in: 0...365) ?? 14
        if let base = r.string(map, "base_path") {
            if base.hasPrefix("/") && !base.contains("..") && !base.contains("//")
                && !base.contains(where: { "\"'<> ".contains($0) })
            {
                config.basePath = base.hasSuffix("/") ? base : base + "/"
            } else {
                r.report(
                    .error, "'base_path' must be a path on the web server starting with '/', such as /send/plans/",
                    at: map.value("base_path"), hint: "write `base_path: /send/plans/` or leave it out for relative links")
            }
        }
        if let node = map.value("staff_rates"), !r.isNull(node), case .mapping(let rates) = node {
            for (key, value) in rates {
                let role = key.string ?? ""
                if let text = value.string, let rate = Double(text), rate >= 0 {
                    config.staffRates[role] = rate
                } else {
                    r.report(
                        .error, "'staff_rates.\(role)' must be a cost per hour such as 15.20", at: value,
                        hint: "write the hourly cost as a number, without a currency sign")
                }
            }
        } else if let node = map.value("staff_rates"), !r.isNull(node) {
            r.report(
                .error, "'staff_rates' must list roles with a cost per hour", at: node,
                hint: "write `staff_rates:` then `  TA: 15.20` lines")
        }
        config.calendarFullNames = r.bool(map, "calendar_full_names") ?? false
        config.plainLanguageIgnore = r.stringList(map, "plain_language_ignore").map(\.value)
        if let node = map.value("quality"), !r.isNull(node),
            let rules = r.map(node, path: "quality", known: QualityRuleIDs.all, what: "the quality settings")
        {
            for pair in rules.pairs {
                let value = (pair.value.string ?? "").lowercased()
                let normalised = value == "false" ? "off" : value
                guard ruleSeverities.contains(normalised) else {
                    r.report(
                        .error, "'quality.\(pair.key)' must be off, warning or error, not '\(value)'", at: pair.value,
                        hint: Suggestion.hint(for: value, in: ruleSeverities))
                    continue
                }
                config.quality[pair.key] = normalised
            }
        }
        config.registerImport = registerImport(map, reader: r)
        readConfidentiality(map, into: &config, reader: r)
        config.locations = r.locations
        return config
    }

    /// `import:` with `columns:` (register field → header) and `needs:` (need type → INDES sections).
    static func registerImport(_ map: FieldReader.Map, reader r: FieldReader) -> RegisterSettings {
        var settings = RegisterSettings()
        guard let node = map.value("import"), !r.isNull(node),
            let section = r.map(node, path: "import", known: ["columns", "needs"], what: "the import settings")
        else { return settings }
        if let columnsNode = section.value("columns"), !r.isNull(columnsNode),
            let columns = r.map(
                columnsNode, path: "import.columns", known: RegisterField.allCases.map(\.rawValue), what: "the register columns")
        {
            for pair in columns.pairs where RegisterField(rawValue: pair.key) != nil {
                if let header = r.string(columns, pair.key, required: true, example: "Legal Surname") {
                    settings.columns[pair.key] = header
                }
            }
        }
        if let needsNode = section.value("needs"), !r.isNull(needsNode),
            let needs = r.map(needsNode, path: "import.needs", known: NeedTypeMapping.codes, what: "the need type mapping")
        {
            for pair in needs.pairs where NeedTypeMapping.codes.contains(pair.key) {
                let sections = r.stringList(needs, pair.key)
                for bad in sections where !ContentID.isValid(bad.value) {
                    r.report(
                        .error, "'\(bad.path)' is not an INDES section id: '\(bad.value)'", at: bad.node,
                        hint: "write the file name of the section without .md, such as speech-language")
                }
                settings.needs[pair.key] = sections.map(\.value).filter(ContentID.isValid)
            }
        }
        return settings
    }

    static func glossary(_ root: Node, reader r: FieldReader) -> [GlossaryTerm] {
        guard case .mapping(let mapping) = root else {
            r.report(
                .error, "glossary.yml must list terms as `TERM: what it means`", at: root,
                hint: "write one term per line, for example `SALT: Speech and Language Therapist`")
            return []
        }
        var terms: [GlossaryTerm] = []
        for (key, value) in mapping {
            let term = (key.string ?? "").trimmingWhitespace()
            guard let meaning = value.string?.trimmingWhitespaceAndNewlines(), !meaning.isEmpty else {
                r.report(
                    .error, "glossary term '\(term)' has no explanation", at: value,
                    hint: "write `\(term): a plain-English explanation`")
                continue
            }
            terms.append(GlossaryTerm(term: term, meaning: meaning, location: r.location(of: key)))
        }
        return terms.sorted { $0.term.lowercased() < $1.term.lowercased() }
    }
}
