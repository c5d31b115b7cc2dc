/// site.yml's `confidential:`, `audiences:` and `retention:`.
extension SettingsParser {
    static func readConfidentiality(_ map: FieldReader.Map, into config: inout SiteConfig, reader r: FieldReader) {
        if let node = map.value("confidential"), !r.isNull(node),
            let m = r.map(node, path: "confidential", known: ["flags", "fields"], what: "the confidential settings")
        {
            for item in r.stringList(m, "flags") {
                if let flag = r.vocabularyValue(item.value, path: item.path, node: item.node, Flag.self) {
                    config.confidentiality.flags.insert(flag)
                }
            }
            for item in r.stringList(m, "fields") {
                guard ConfidentialitySettings.fieldNames.contains(item.value) else {
                    r.report(
                        .error, "'\(item.path)': '\(item.value)' is not a plan field that can be confidential", at: item.node,
                        hint: Suggestion.hint(for: item.value, in: ConfidentialitySettings.fieldNames))
                    continue
                }
                config.confidentiality.fields.insert(item.value)
            }
        }
        if let node = map.value("audiences"), !r.isNull(node),
            let m = r.map(node, path: "audiences", known: Audience.allCases.map(\.rawValue), what: "the audiences")
        {
            for audience in Audience.allCases {
                if let name = r.string(m, audience.rawValue) { config.confidentiality.names[audience] = name }
            }
        }
        if let node = map.value("retention"), !r.isNull(node),
            let m = r.map(node, path: "retention", known: ["years", "policy"], what: "the retention policy")
        {
            if let years = r.int(m, "years", in: 1...100) { config.retention.years = years }
            if let policy = r.string(m, "policy") { config.retention.policy = policy }
        }
    }
}
