/// One quality rule: advice about how well a plan follows the SEN Support Planning guidance.
///
/// Quality rules never say the site is broken (that is validation's job); they point at what
/// a SENDCo would ask the plan's author to improve. Each rule can be switched off or made an
/// error under `quality:` in site.yml.
package struct QualityRule: Sendable, Hashable, Identifiable {
    /// The part of the plan a rule looks at, for grouping on the quality page and in the docs.
    package enum Topic: String, Sendable, CaseIterable {
        case completeness, targets, provision, coverage, voice, timing, language, history

        /// A heading for readers.
        package var label: String {
            switch self {
            case .completeness: return "A finished plan"
            case .targets: return "Targets"
            case .provision: return "Provision"
            case .coverage: return "Needs, provision and targets fit together"
            case .voice: return "The child's and family's voice"
            case .timing: return "Review timing"
            case .language: return "Plain language"
            case .history: return "The assess, plan, do, review cycle"
            }
        }
    }

    /// The id used in diagnostics (`warning[target-no-baseline]`) and in site.yml.
    package let id: String
    package let topic: Topic
    /// The severity when site.yml does not change it.
    package let severity: Severity
    /// A short name for lists: "Target has no starting point".
    package let title: String
    /// Why the rule matters, in plain English.
    package let explanation: String
    /// How to fix a finding, in general terms (findings may add a more specific hint).
    package let hint: String

    package init(
        _ id: String, _ topic: Topic, severity: Severity = .warning, title: String,
        explanation: String, hint: String
    ) {
        self.id = id
        self.topic = topic
        self.severity = severity
        self.title = title
        self.explanation = explanation
        self.hint = hint
    }
}
