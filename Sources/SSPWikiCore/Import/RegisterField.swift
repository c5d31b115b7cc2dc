/// A fact about a pupil that the register import reads, named as in `site.yml`'s
/// `import: columns:`, with the headers the common MIS exports give it.
package enum RegisterField: String, CaseIterable, Sendable {
    case misID = "mis_id"
    case surname, forename
    case preferredForename = "preferred_forename"
    case name, dob
    case yearGroup = "year_group"
    case className = "class"
    case senStatus = "sen_status"
    case need1 = "need_1"
    case need2 = "need_2"
    case need3 = "need_3"
    case need4 = "need_4"
    case needs
    case eal
    case pupilPremium = "pupil_premium"
    case childInCare = "child_in_care"

    /// The headers recognised for the field, most specific first (compared by `RegisterField.key`:
    /// capitals, spaces and punctuation ignored). Taken from SIMS, Arbor, Bromcom and
    /// ScholarPack-style exports; listed in docs/import.md.
    package var headers: [String] {
        switch self {
        case .misID:
            return [
                "UPN", "Unique Pupil Number", "MIS ID", "Pupil ID", "Student ID", "Arbor Student ID",
                "Adno", "Admission Number", "Admission No", "Pupil Identifier",
            ]
        case .surname: return ["Legal Surname", "Surname", "Last Name", "Family Name", "Legal Last Name"]
        case .forename: return ["Legal Forename", "Forename", "First Name", "Given Name", "Legal First Name", "Forenames"]
        case .preferredForename:
            return ["Preferred Forename", "Preferred First Name", "Preferred Name", "Known As", "Chosen Name"]
        case .name: return ["Name", "Full Name", "Pupil Name", "Student Name", "Legal Name", "Child Name"]
        case .dob: return ["Date of Birth", "DOB", "Birth Date", "Birthdate"]
        case .yearGroup:
            return ["Year Group", "Year", "NC Year", "National Curriculum Year", "Curriculum Year", "Year Taught In", "Yr"]
        case .className:
            return ["Reg Group", "Registration Group", "Reg", "Form", "Form Group", "Tutor Group", "Class", "Reg Form"]
        case .senStatus: return ["SEN Status", "SEN Provision", "SEN Stage", "SEND Status", "SEN Code", "SEN"]
        case .need1:
            return [
                "SEN Need 1", "SEN Need Type 1", "Need Type 1", "Need 1", "Primary Need", "SEN Primary Need",
                "Primary SEN Need", "Primary Need Type", "SEN Need Rank 1", "SEN Type 1",
            ]
        case .need2:
            return [
                "SEN Need 2", "SEN Need Type 2", "Need Type 2", "Need 2", "Secondary Need", "SEN Secondary Need",
                "Secondary SEN Need", "Secondary Need Type", "SEN Need Rank 2", "SEN Type 2",
            ]
        case .need3: return ["SEN Need 3", "SEN Need Type 3", "Need Type 3", "Need 3", "SEN Need Rank 3", "SEN Type 3"]
        case .need4: return ["SEN Need 4", "SEN Need Type 4", "Need Type 4", "Need 4", "SEN Need Rank 4", "SEN Type 4"]
        case .needs: return ["SEN Need Types", "SEN Needs", "Need Types", "SEN Need", "SEN Type", "Needs"]
        case .eal: return ["EAL", "English as an Additional Language", "EAL Status", "EAL Flag"]
        case .pupilPremium:
            return [
                "Pupil Premium", "PP", "Pupil Premium Indicator", "PP Eligible", "FSM", "Free School Meals",
                "FSM Eligible", "Ever 6 FSM", "FSM6", "Disadvantaged",
            ]
        case .childInCare:
            return [
                "Looked After", "Child Looked After", "Looked After Child", "In Care", "Child in Care",
                "LAC", "CLA", "Care Status",
            ]
        }
    }

    /// The ranked need columns, rank 1 first.
    static let rankedNeeds: [RegisterField] = [.need1, .need2, .need3, .need4]

    /// A header as it is compared: lower case, without spaces, `_`, `-`, `.`, `(` and `)`.
    static func key(_ header: String) -> String {
        String(
            header.lowercased().unicodeScalars.filter { !" \t_-.()/".unicodeScalars.contains($0) }
                .map(Character.init))
    }
}
