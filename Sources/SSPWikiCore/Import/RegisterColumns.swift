/// Which column of a register export holds each `RegisterField`, found from the header row:
/// by the header `site.yml` names for the field under `import: columns:`, else by the first of
/// the field's usual headers that the export has (capitals, spaces and punctuation ignored).
struct RegisterColumns {
    /// Field → 0-based column index.
    private(set) var index: [RegisterField: Int] = [:]

    /// The fields without which no pupil can be imported.
    static let required: [RegisterField] = [.misID, .dob, .senStatus]

    /// Finds the columns; reports each missing required field once, at row 1 of `file`.
    static func find(header: [String], settings: RegisterSettings, file: String) -> (RegisterColumns, [Diagnostic]) {
        var columns = RegisterColumns()
        let keys = header.map(RegisterField.key)
        for field in RegisterField.allCases {
            let wanted = settings.columns[field.rawValue].map { [$0] } ?? field.headers
            if let found = wanted.lazy.compactMap({ keys.firstIndex(of: RegisterField.key($0)) }).first {
                columns.index[field] = found
            }
        }
        var problems: [Diagnostic] = []
        let at = SourceLocation(file: file, line: 1, column: 1)
        for field in required where columns.index[field] == nil {
            problems.append(
                .error(
                    "the register has no \(field.label) column (\(Self.looked(for: field, settings)))",
                    at: at, hint: Self.hint(field, settings)))
        }
        if columns.index[.name] == nil && (columns.index[.surname] == nil || columns.index[.forename] == nil) {
            let missing: RegisterField = columns.index[.surname] == nil ? .surname : .forename
            problems.append(
                .error(
                    "the register has no \(missing.label) column (\(Self.looked(for: missing, settings)))",
                    at: at, hint: Self.hint(missing, settings) + "; or export one full-name column such as 'Name'"))
        }
        return (columns, problems)
    }

    subscript(field: RegisterField) -> Int? { index[field] }

    static func looked(for field: RegisterField, _ settings: RegisterSettings) -> String {
        if let header = settings.columns[field.rawValue] { return "site.yml names its header '\(header)'" }
        return "looked for " + field.headers.prefix(4).map { "'\($0)'" }.joined(separator: ", ") + " and others"
    }

    static func hint(_ field: RegisterField, _ settings: RegisterSettings) -> String {
        "add the column to the export, or name its header in site.yml under `import:` `columns:` as `\(field.rawValue): Your Header`"
    }
}

extension RegisterField {
    /// The field in words, for messages.
    var label: String {
        switch self {
        case .misID: return "pupil identifier (UPN or admission number)"
        case .surname: return "surname"
        case .forename: return "forename"
        case .preferredForename: return "preferred forename"
        case .name: return "name"
        case .dob: return "date of birth"
        case .yearGroup: return "year group"
        case .className: return "registration group"
        case .senStatus: return "SEN status"
        case .need1, .need2, .need3, .need4: return "SEN need type"
        case .needs: return "SEN need types"
        case .eal: return "EAL"
        case .pupilPremium: return "pupil premium"
        case .childInCare: return "looked-after"
        }
    }
}
