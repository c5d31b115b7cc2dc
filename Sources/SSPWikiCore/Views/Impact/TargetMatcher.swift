/// Follows a plan's targets from one cycle to the next, by id and by their words.
///
/// A target continues an earlier one when it has the same id and similar words, or, failing
/// that, when it has similar words under another id (a renumbered target). A reused id whose
/// words are not similar starts a new thread. Words are similar when at least half of the
/// distinct words of the two outcomes are shared (letters and digits, case ignored).
struct TargetMatcher {
    /// The share of shared words at which two outcomes count as the same target.
    static let threshold = 0.5

    /// For each target of `next`, the index of the target of `previous` it continues, if any.
    static func match(_ previous: [Target], _ next: [Target]) -> [Int?] {
        let before = previous.map { words($0.outcome) }
        var taken = Set<Int>()
        var result = [Int?](repeating: nil, count: next.count)
        for (index, target) in next.enumerated() {
            if let same = previous.indices.first(where: { previous[$0].id == target.id && !taken.contains($0) }),
                similar(before[same], words(target.outcome))
            {
                result[index] = same
                taken.insert(same)
            }
        }
        for (index, target) in next.enumerated() where result[index] == nil {
            let mine = words(target.outcome)
            let best = previous.indices.filter { !taken.contains($0) && similar(before[$0], mine) }
                .max { overlap(before[$0], mine) < overlap(before[$1], mine) }
            if let best {
                result[index] = best
                taken.insert(best)
            }
        }
        return result
    }

    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
    }

    static func overlap(_ a: Set<String>, _ b: Set<String>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 1 : Double(a.intersection(b).count) / Double(union)
    }

    static func similar(_ a: Set<String>, _ b: Set<String>) -> Bool { overlap(a, b) >= threshold }
}
