/// A closed set of words the content format allows for a field, with a label for readers.
package protocol ContentVocabulary: RawRepresentable, CaseIterable, Hashable, Sendable, Codable
where RawValue == String {
    /// What a reader sees on the site.
    var label: String { get }
}

extension ContentVocabulary {
    /// Every allowed value as written in content.
    package static var allowed: [String] { allCases.map(\.rawValue) }
}

/// The SEN stage of a plan.
package enum Stage: String, ContentVocabulary {
    case senSupport = "sen-support"
    case ehcp

    package var label: String { self == .ehcp ? "EHCP" : "SEN Support" }
}

/// Whether a plan is in use, still being written, or closed.
package enum PlanStatus: String, ContentVocabulary {
    case active, draft, archived

    package var label: String { rawValue.capitalized }
}

/// Must-know circumstances shown on a plan.
package enum Flag: String, ContentVocabulary {
    case eal
    case pupilPremium = "pupil-premium"
    case childInCare = "child-in-care"
    case youngCarer = "young-carer"
    case medical
    case other

    package var label: String {
        switch self {
        case .eal: return "English as an additional language"
        case .pupilPremium: return "Pupil premium"
        case .childInCare: return "Child in care"
        case .youngCarer: return "Young carer"
        case .medical: return "Medical need"
        case .other: return "Other"
        }
    }
}

/// Progress towards a target.
package enum TargetStatus: String, ContentVocabulary {
    case notStarted = "not-started"
    case inProgress = "in-progress"
    case achieved
    case partlyAchieved = "partly-achieved"
    case notAchieved = "not-achieved"

    package var label: String {
        switch self {
        case .notStarted: return "Not started"
        case .inProgress: return "In progress"
        case .achieved: return "Achieved"
        case .partlyAchieved: return "Partly achieved"
        case .notAchieved: return "Not achieved"
        }
    }
}

/// In-class adjustment led by the teacher, or provision additional to the core offer.
package enum ProvisionKind: String, ContentVocabulary {
    case adjustment, additional

    package var label: String { self == .adjustment ? "In-class adjustment" : "Additional provision" }
}

/// What the review meeting decided for the next cycle.
package enum ReviewDecision: String, ContentVocabulary {
    case `continue`, change
    case newOutcomes = "new-outcomes"
    case close

    package var label: String {
        switch self {
        case .continue: return "Continue the plan"
        case .change: return "Change the support"
        case .newOutcomes: return "Set new outcomes"
        case .close: return "Close the plan"
        }
    }
}

/// The phase of education a setting covers.
package enum Phase: String, ContentVocabulary {
    case primary, secondary
    case allThrough = "all-through"

    package var label: String { self == .allThrough ? "All-through" : rawValue.capitalized }
}

/// The four PEaSS categories.
package enum PeassCategory: String, ContentVocabulary {
    case cognitionLearning = "cognition-learning"
    case communicationInteraction = "communication-interaction"
    case semh
    case physicalSensory = "physical-sensory"

    package var label: String {
        switch self {
        case .cognitionLearning: return "Cognition and learning"
        case .communicationInteraction: return "Communication and interaction"
        case .semh: return "Social, emotional and mental health"
        case .physicalSensory: return "Physical and sensory"
        }
    }
}

/// Who a PEaSS entry is expected of.
package enum PeassLevel: String, ContentVocabulary {
    case wholeSetting = "whole-setting"
    case classroom, sendco

    package var label: String {
        switch self {
        case .wholeSetting: return "Whole setting"
        case .classroom: return "Classroom"
        case .sendco: return "SENDCo-led"
        }
    }
}
