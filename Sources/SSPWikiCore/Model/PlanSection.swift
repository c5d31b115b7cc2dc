import Foundation

/// The body headings of a plan that have their own place on the plan page (`## About me` …),
/// matched whatever their letter case.
public enum PlanSection: String, Sendable, CaseIterable {
    case aboutMe = "about me"
    case familyViews = "family views"
    case strengths = "strengths"
    case difficult = "what i find difficult"
    case howToHelp = "how to help me"
    case reviewNotes = "review notes"

    /// The section a heading names, if it is a recognised one.
    public init?(heading: String) {
        self.init(rawValue: heading.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// The heading as the content format writes it.
    public var title: String {
        switch self {
        case .aboutMe: return "About me"
        case .familyViews: return "Family views"
        case .strengths: return "Strengths"
        case .difficult: return "What I find difficult"
        case .howToHelp: return "How to help me"
        case .reviewNotes: return "Review notes"
        }
    }
}
