/// The four broad areas of need of the SEND Code of Practice, which both INDES sections
/// (`area:`) and PEaSS entries (`category:`) are sorted into.
extension PeassCategory {
    /// The category for an INDES section's broad area as written, such as "Communication and
    /// interaction" or "Sensory and/or physical"; nil when the words name no broad area.
    init?(broadArea text: String) {
        let words = Set(
            WordScanner.tokens(in: text.lowercased()).compactMap { token -> String? in
                if case .word(let word) = token { return word }
                return nil
            })
        if !words.isDisjoint(with: ["communication", "interaction"]) {
            self = .communicationInteraction
        } else if !words.isDisjoint(with: ["cognition", "learning"]) {
            self = .cognitionLearning
        } else if !words.isDisjoint(with: ["emotional", "mental", "semh"]) {
            self = .semh
        } else if !words.isDisjoint(with: ["sensory", "physical"]) {
            self = .physicalSensory
        } else {
            return nil
        }
    }
}
