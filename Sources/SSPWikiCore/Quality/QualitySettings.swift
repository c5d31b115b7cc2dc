/// The severity each quality rule has in this setting: the catalogue's default, unless
/// site.yml's `quality:` switches the rule off or sets another severity.
package struct QualitySettings: Sendable {
    /// Rule id → `off`, `warning` or `error`, as read from site.yml.
    package let overrides: [String: String]

    package init(overrides: [String: String] = [:]) {
        self.overrides = overrides
    }

    package init(_ config: SiteConfig) {
        self.init(overrides: config.quality)
    }

    /// The severity findings of `rule` are reported with, or nil when the rule is off.
    package func severity(of rule: QualityRule) -> Severity? {
        switch overrides[rule.id] {
        case "off": return nil
        case "error": return .error
        case "warning": return .warning
        default: return rule.severity
        }
    }

    /// `off`, `warning` or `error`, for display.
    package func setting(of rule: QualityRule) -> String {
        severity(of: rule)?.rawValue ?? "off"
    }
}
