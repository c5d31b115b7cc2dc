/// Plain language: every acronym in a plan is explained in the glossary (or listed in
/// `plain_language_ignore`). Each unexplained acronym is reported once, at its first use.
extension PlanInspector {
    /// Front-matter fields that hold ids and paths rather than words a reader sees.
    static let nonProseFields: Set<String> = ["id", "photo", "report", "related", "targets", "peass", "indes"]

    func acronyms() -> [Diagnostic] {
        var uses: [(word: String, location: SourceLocation)] = []
        for field in texts
        where Self.mayHoldAcronym(field.text) && !Self.nonProseFields.contains(Self.lastKey(of: field.path)) {
            for (word, column) in WordScanner.acronyms(in: Substring(field.text)) {
                uses.append((word, field.location(atOffset: column - 1)))
            }
        }
        for (index, text) in ProseLines.lines(of: plan.body, wanted: { Self.mayHoldAcronym($0) }) {
            for (word, column) in WordScanner.acronyms(in: Substring(text)) {
                uses.append((word, SourceLocation(file: plan.path, line: plan.bodyLine + index, column: column)))
            }
        }
        var first: [String: SourceLocation] = [:]
        var counts: [String: Int] = [:]
        for use in uses where !shared.explained.contains(use.word.uppercased()) {
            counts[use.word, default: 0] += 1
            if let seen = first[use.word], seen <= use.location { continue }
            first[use.word] = use.location
        }
        return first.sorted { $0.value < $1.value }.map { word, location in
            let count = counts[word] ?? 1
            let times = count > 1 ? " (used \(count) times in this plan)" : ""
            let near = Suggestion.closest(to: word, in: shared.glossaryTerms)
            let hint = near.map {
                "did you mean '\($0)', which the glossary explains? Otherwise \(QualityRule.unexplainedAcronym.hint)"
            }
            return finding(.unexplainedAcronym, "the acronym '\(word)' is not explained\(times)", at: location, hint: hint)
        }
    }

    /// False when `text` certainly has no acronym: plain ASCII without two capitals in a row.
    /// Most lines of a plan are, and this spares them the word-by-word scan.
    static func mayHoldAcronym(_ text: some StringProtocol) -> Bool {
        var previousCapital = false
        for byte in text.utf8 {
            if byte >= 0x80 { return true }
            let capital = byte >= 0x41 && byte <= 0x5A
            if capital && previousCapital { return true }
            previousCapital = capital
        }
        return false
    }

    /// `provisions[2].targets[0]` → `targets`.
    static func lastKey(of path: String) -> String {
        let key = path.split(separator: ".").last.map(String.init) ?? path
        return key.split(separator: "[").first.map(String.init) ?? key
    }
}
