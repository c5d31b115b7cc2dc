/// The `import:` settings of `site.yml`: which header of the school's register export holds
/// each field, and which INDES sections each SEN need type stands for.
///
/// ```yaml
/// import:
///   columns:
///     mis_id: Adno
///     dob: Birth Date
///   needs:
///     PD: physical
///     MSI: [deafness, vision]
/// ```
package struct RegisterSettings: Sendable, Hashable {
    /// Register field (`RegisterField.rawValue`) → the header that holds it in the export.
    package var columns: [String: String] = [:]
    /// SEN need type code (upper case) → INDES section ids; an empty list leaves the code unmapped.
    package var needs: [String: [String]] = [:]

    package init(columns: [String: String] = [:], needs: [String: [String]] = [:]) {
        self.columns = columns
        self.needs = needs
    }

    /// The need type mapping: the defaults with these settings laid over them.
    package var needMapping: NeedTypeMapping { NeedTypeMapping(overrides: needs) }
}

/// The school census SEN need types and the INDES sections each one stands for.
package struct NeedTypeMapping: Sendable, Hashable {
    /// Every need type code the census uses, in the order documented in docs/import.md.
    package static let codes = ["SPLD", "MLD", "SLD", "PMLD", "SLCN", "ASD", "SEMH", "HI", "VI", "MSI", "PD", "NSA", "OTH"]

    /// What each code maps to unless `site.yml` says otherwise (the sections of the starter
    /// catalogue); NSA (no specialist assessment) and OTH (other) map to nothing.
    package static let defaults: [String: [String]] = [
        "SPLD": ["learning-cognition"], "MLD": ["learning-cognition"], "SLD": ["learning-cognition"],
        "PMLD": ["learning-cognition"], "SLCN": ["speech-language"], "ASD": ["social-communication"],
        "SEMH": ["semh"], "HI": ["deafness"], "VI": ["vision"], "MSI": ["deafness", "vision"],
        "PD": ["physical-medical"], "NSA": [], "OTH": [],
    ]

    package let sections: [String: [String]]

    package init(overrides: [String: [String]] = [:]) {
        sections = Self.defaults.merging(overrides) { _, new in new }
    }

    /// The INDES sections for a code (any capitals), or nil when the code is not a need type.
    package func sections(for code: String) -> [String]? {
        sections[code.uppercased()]
    }

    /// The need types that map to `section`, for the export: those that map to it alone when
    /// there are any (deafness → HI rather than MSI), else every one that includes it.
    package func codes(for section: String) -> [String] {
        let including = Self.codes.filter { sections[$0]?.contains(section) == true }
        let alone = including.filter { sections[$0] == [section] }
        return alone.isEmpty ? including : alone
    }
}
