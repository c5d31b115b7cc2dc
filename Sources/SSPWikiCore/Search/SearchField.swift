/// Where in a document a word was found; decides how high the document ranks.
///
/// Plans: name and known-as first, then class, teacher and case holder, then needs and
/// provision, then targets, then the rest of the text. The weights are written into the
/// index so that `search.js` ranks with the same numbers.
package enum SearchField: Int, CaseIterable, Sendable {
    /// Name, known-as, or the title of a page.
    case name
    /// Class, teacher, case holder, year group and stage.
    case people
    /// INDES section titles, level labels and need summaries.
    case needs
    /// What is provided, the PEaSS strategy it follows, who provides it, access arrangements.
    case provision
    /// Target outcomes and how they are measured.
    case targets
    /// Everything else: the body, outside agencies, other plans, the review record.
    case text

    /// The bit of this field in a posting's field mask.
    package var bit: Int { 1 << rawValue }

    /// Points a word found here is worth.
    package var weight: Int {
        switch self {
        case .name: return 100
        case .people: return 50
        case .needs, .provision: return 30
        case .targets: return 20
        case .text: return 10
        }
    }

    /// Points for a word found in the fields of `mask`: the best field, plus one for each other field.
    package static func score(mask: Int) -> Int {
        var best = 0
        var count = 0
        for field in allCases where mask & field.bit != 0 {
            best = max(best, field.weight)
            count += 1
        }
        return best + max(0, count - 1)
    }
}

/// How a query word matched a word of the index, best first; the factor scales the field score.
package enum SearchMatch: Int, CaseIterable, Sendable {
    /// The same word.
    case exact
    /// Another word with the same stem ("reviews" for "review").
    case stem
    /// A word that starts with the query word ("precision" for "precis").
    case prefix
    /// A word one typing mistake away ("reveiw" for "review").
    case typo

    /// Tenths of the field score a match of this kind earns.
    package var factor: Int {
        switch self {
        case .exact: return 10
        case .stem: return 9
        case .prefix: return 7
        case .typo: return 5
        }
    }

    /// Query words shorter than this match only whole words.
    package static let prefixMinimum = 3
    /// Query words shorter than this are not corrected.
    package static let typoMinimum = 5
}
