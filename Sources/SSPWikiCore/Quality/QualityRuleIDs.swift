/// The ids of the quality rules, as used under `quality:` in site.yml.
public enum QualityRuleIDs {
    /// Every rule id, in the catalogue's order.
    public static let all: [String] = QualityRule.catalogue.map(\.id)
}
