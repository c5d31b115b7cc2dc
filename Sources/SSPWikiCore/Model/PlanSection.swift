import Foundation

/// The body headings of a plan that have their own place on the plan page (`## About me` …),
/// matched whatever their letter case.
package enum PlanSection: String, Sendable, CaseIterable {
    case aboutMe = "about me"
    case familyViews = "family views"
    case strengths = "strengths"
    case difficult = "what i find difficult"
    case howToHelp = "how to help me"
    case reviewNotes = "review notes"
    case ehcpOutcomes = "ehcp outcomes"
    case independence = "independence"
    case iWillDo = "what i will do"
    case atHome = "what we will do at home"

    /// The section a heading names, if it is a recognised one.
    package init?(heading: String) {
        self.init(rawValue: heading.trimmingWhitespace().lowercased())
    }

    /// The heading as the content format writes it.
    package var title: String {
        switch self {
        case .aboutMe: return "About me"
        case .familyViews: return "Family views"
        case .strengths: return "Strengths"
        case .difficult: return "What I find difficult"
        case .howToHelp: return "How to help me"
        case .reviewNotes: return "Review notes"
        case .ehcpOutcomes: return "EHCP outcomes"
        case .independence: return "Independence"
        case .iWillDo: return "What I will do"
        case .atHome: return "What we will do at home"
        }
    }

    /// Where the section stands on the plan page, in the order of the SEN Support Planning
    /// guidance: the EHCP's outcomes, the voices of the child and family, strengths, needs,
    /// support in class, additional provision and how it builds independence, targets and who
    /// does what towards them, and the review. Sections shown in one place share a number.
    package var order: Int {
        switch self {
        case .ehcpOutcomes: return 0
        case .aboutMe: return 1
        case .familyViews: return 2
        case .strengths: return 3
        case .difficult: return 4
        case .howToHelp: return 5
        case .independence: return 6
        case .iWillDo: return 7
        case .atHome: return 8
        case .reviewNotes: return 9
        }
    }
}
