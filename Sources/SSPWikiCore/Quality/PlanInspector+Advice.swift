/// Advice the plan must reflect: a report from an outside agency that arrived after the plan
/// was last changed, and exam access arrangements that are not the child's normal way of
/// working in class.
extension PlanInspector {
    func advice() -> [Diagnostic] {
        var out: [Diagnostic] = []
        // Without the history nobody knows when the plan last changed, and a plan is often
        // written in the weeks after its start, so the rule then says nothing.
        if let committed = shared.lastChanged[plan.id], plan.status == .active {
            let changed = max(committed, plan.start)
            for (index, involvement) in plan.external.enumerated() {
                guard let date = involvement.date, date > changed, date <= shared.today else { continue }
                out.append(
                    finding(
                        .reportAfterPlan,
                        "the advice from \(involvement.agency) is dated \(date.long), after the plan was last changed on \(changed.long)",
                        at: at("external[\(index)].date")))
            }
        }
        let inClass =
            plan.provisions.filter { $0.kind == .adjustment }.map(\.what)
            + bodyParts().filter { $0.section == .howToHelp }.flatMap { $0.lines.map { String($0.text) } }
        let known = Set(inClass.flatMap(Self.keyWords))
        for (index, arrangement) in plan.accessArrangements.enumerated() {
            let words = Self.keyWords(arrangement)
            // At least half of the arrangement's words, so "25% extra time" is found in
            // "Give me extra time for reading".
            guard !words.isEmpty, words.filter(known.contains).count * 2 < words.count else { continue }
            out.append(
                finding(
                    .accessArrangementNotInClass,
                    "the access arrangement '\(arrangement)' is not among the in-class adjustments or in 'How to help me'",
                    at: at("access_arrangements[\(index)]")))
        }
        return out
    }

    /// Words that carry meaning, lower-cased, a final "s" dropped: "Rest breaks" → rest, break.
    static func keyWords(_ text: String) -> [String] {
        letterRuns(text.lowercased()).map(String.init).filter { $0.count >= 3 && !fillerWords.contains($0) }.map {
            word in
            word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
        }
    }

    /// The runs of letters in `text`. An ASCII text is scanned over its bytes (asking each
    /// Character whether it is a letter was a twentieth of the quality rules' time).
    static func letterRuns(_ text: String) -> [Substring] {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return text.split { !$0.isLetter } }
        func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        var runs: [Substring] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard isLetter(bytes[index]) else {
                index = bytes.index(after: index)
                continue
            }
            let start = index
            while index < bytes.endIndex, isLetter(bytes[index]) { index = bytes.index(after: index) }
            runs.append(text[start..<index])
        }
        return runs
    }

    static let fillerWords: Set<String> = [
        "the", "and", "for", "with", "her", "his", "their", "them", "use", "using", "all", "any", "from", "into", "when",
        "where", "who", "this", "that", "she", "him", "you", "your", "can", "has", "have", "not", "out", "per", "each",
    ]
}
