/// The ids of the quality rules, as used under `quality:` in site.yml.
package enum QualityRuleIDs {
    /// Every rule id, in the catalogue's order.
    package static let all: [String] = QualityRule.catalogue.map(\.id)
}
