import Foundation

/// Hourly costs by role from `staff_rates` in site.yml, and the rule that finds the role a
/// provision's `who` names.
///
/// The rule: the role is the text of `who` before any bracket, comma or dash ("TA (Mrs Ford)"
/// → "TA"). It matches a rate when it is that rate's role, or when its last word is ("Class
/// TA" → TA, "Class teacher" → Teacher); case does not matter. Anything else ("Teacher of the
/// Deaf", "Speech and language therapist") has no rate and is shown without a cost.
package struct StaffRates: Sendable {
    /// Rates by role as written in site.yml.
    package let rates: [String: Double]
    private let byLowercased: [String: String]

    package init(_ rates: [String: Double]) {
        self.rates = rates
        byLowercased = Dictionary(rates.keys.map { ($0.lowercased(), $0) }, uniquingKeysWith: { a, b in min(a, b) })
    }

    /// The role part of `who`: "TA (Mrs Ford)" → "TA"; nil when there is none.
    package static func roleText(of who: String) -> String? {
        let cut = who.firstIndex(where: { "(,–—".contains($0) }) ?? who.endIndex
        var role = String(who[..<cut])
        if let dash = role.range(of: " - ") { role = String(role[..<dash.lowerBound]) }
        role = role.trimmingWhitespace()
        return role.isEmpty ? nil : role
    }

    /// The staff_rates role (as written in site.yml) and its hourly rate for `who`.
    package func match(_ who: String?) -> (role: String, rate: Double)? {
        guard let who, let role = StaffRates.roleText(of: who) else { return nil }
        let last = role.split(separator: " ").last.map(String.init) ?? role
        for candidate in [role, last] {
            if let key = byLowercased[candidate.lowercased()], let rate = rates[key] { return (key, rate) }
        }
        return nil
    }
}
