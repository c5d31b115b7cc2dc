/// Turns the rows of a `RegisterTable` into `RegisterPupil`s, reporting every cell that cannot
/// be read (an unknown status or need type, an impossible date, a year group that is none)
/// and every pupil who appears twice, each at its row and column.
struct RegisterRows {
    let file: String
    let columns: RegisterColumns
    let mapping: NeedTypeMapping

    func pupils(_ table: RegisterTable) -> ([RegisterPupil], [Diagnostic]) {
        var pupils: [RegisterPupil] = []
        var problems: [Diagnostic] = []
        var rowOfID: [String: Int] = [:]
        var rowOfPerson: [String: Int] = [:]
        for row in table.rows {
            var rowProblems: [Diagnostic] = []
            guard let pupil = pupil(row, table: table, problems: &rowProblems) else {
                problems += rowProblems
                continue
            }
            problems += rowProblems
            if let earlier = rowOfID[pupil.misID] {
                problems.append(
                    problem(
                        row, .misID, "pupil \(pupil.misID) is on the register twice: rows \(earlier) and \(row.number)",
                        hint: "keep one row for each pupil; export the register again"))
                continue
            }
            let person = RegisterValues.nameKey(pupil.name) + "|" + pupil.dob.iso
            if let earlier = rowOfPerson[person] {
                problems.append(
                    problem(
                        row, .misID,
                        "\(pupil.name), born \(pupil.dob.iso), is on the register twice: rows \(earlier) and \(row.number) give different identifiers",
                        hint: "keep the row with the pupil's current identifier"))
                continue
            }
            rowOfID[pupil.misID] = row.number
            rowOfPerson[person] = row.number
            pupils.append(pupil)
        }
        return (pupils, problems)
    }

    func cell(_ row: RegisterTable.Row, _ field: RegisterField) -> String? {
        guard let index = columns[field] else { return nil }
        let value = row.cells[index]
        return value.isEmpty ? nil : value
    }

    func problem(_ row: RegisterTable.Row, _ field: RegisterField, _ message: String, hint: String) -> Diagnostic {
        .error(message, at: SourceLocation(file: file, line: row.number, column: (columns[field] ?? 0) + 1), hint: hint)
    }

    func pupil(_ row: RegisterTable.Row, table: RegisterTable, problems: inout [Diagnostic]) -> RegisterPupil? {
        func header(_ field: RegisterField) -> String { columns[field].map { table.header[$0] } ?? field.rawValue }
        let status = cell(row, .senStatus) ?? ""
        var stage: Stage?
        switch RegisterValues.status(status) {
        case .onRegister(let s)?: stage = s
        case .notOnRegister?: stage = nil
        case nil:
            problems.append(
                problem(
                    row, .senStatus, "'\(header(.senStatus))' has an unknown SEN status '\(status)'",
                    hint: RegisterValues.statusHint))
        }
        let misID = cell(row, .misID)
        if misID == nil {
            problems.append(
                problem(
                    row, .misID, "row \(row.number) has no \(RegisterField.misID.label)",
                    hint: "every row needs the pupil's identifier from the MIS"))
        }
        let nameField: RegisterField =
            columns[.name] != nil && (columns[.surname] == nil || columns[.forename] == nil) ? .name : .surname
        let name: String?
        if nameField == .name {
            name = cell(row, .name).map(RegisterValues.fullName)
        } else if let forename = cell(row, .forename), let surname = cell(row, .surname) {
            name = (forename + " " + surname).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        } else {
            name = nil
        }
        if name == nil {
            let field: RegisterField = nameField == .name || cell(row, .surname) == nil ? nameField : .forename
            problems.append(
                problem(row, field, "row \(row.number) has no \(field.label)", hint: "every row needs the pupil's legal name"))
        }
        var dob: Day?
        if let text = cell(row, .dob) {
            dob = RegisterValues.day(text)
            if dob == nil {
                problems.append(
                    problem(row, .dob, "'\(header(.dob))' is not a possible date: '\(text)'", hint: RegisterValues.dayHint))
            }
        } else {
            problems.append(
                problem(
                    row, .dob, "row \(row.number) has no date of birth",
                    hint: "every row needs the pupil's date of birth, to match plans"))
        }
        var yearGroup: YearGroup?
        if let text = cell(row, .yearGroup) {
            yearGroup = RegisterValues.yearGroup(text)
            if yearGroup == nil {
                problems.append(
                    problem(
                        row, .yearGroup, "'\(header(.yearGroup))' is not a year group: '\(text)'",
                        hint: "write N (Nursery), R (Reception) or a number from 1 to 14"))
            }
        }
        let needs = needCodes(row, header: header, problems: &problems)
        let flags = self.flags(row, header: header, problems: &problems)
        guard problems.isEmpty, let misID, let name, let dob else { return nil }
        let preferred = cell(row, .preferredForename)
        let forename = nameField == .name ? name.split(separator: " ").first.map(String.init) : cell(row, .forename)
        let knownAs = preferred.flatMap { RegisterValues.nameKey($0) == forename.map(RegisterValues.nameKey) ? nil : $0 }
        return RegisterPupil(
            row: row.number, misID: misID, name: name, knownAs: knownAs, dob: dob, yearGroup: yearGroup,
            className: cell(row, .className), stage: stage, needs: needs, flags: flags)
    }

    func needCodes(
        _ row: RegisterTable.Row, header: (RegisterField) -> String, problems: inout [Diagnostic]
    ) -> [(code: String, column: Int)] {
        var codes: [(code: String, column: Int)] = []
        for field in RegisterField.rankedNeeds + [.needs] {
            guard let text = cell(row, field), let index = columns[field] else { continue }
            for code in RegisterValues.needCodes(text) {
                if mapping.sections(for: code) == nil {
                    let suggestion = Suggestion.hint(for: code, in: NeedTypeMapping.codes, listing: false).map { $0 + " " } ?? ""
                    problems.append(
                        problem(
                            row, field, "'\(header(field))' has an unknown SEN need type '\(code)'",
                            hint: suggestion + "the need types are \(NeedTypeMapping.codes.joined(separator: ", "))"))
                } else if !codes.contains(where: { $0.code == code }) {
                    codes.append((code, index + 1))
                }
            }
        }
        return codes
    }

    func flags(
        _ row: RegisterTable.Row, header: (RegisterField) -> String, problems: inout [Diagnostic]
    ) -> [(flag: Flag, isSet: Bool)] {
        let fields: [(RegisterField, Flag)] = [(.eal, .eal), (.pupilPremium, .pupilPremium), (.childInCare, .childInCare)]
        return fields.compactMap { field, flag in
            guard columns[field] != nil else { return nil }
            let text = cell(row, field) ?? ""
            guard let isSet = RegisterValues.yesNo(text) else {
                problems.append(
                    problem(
                        row, field, "'\(header(field))' must be Y or N, not '\(text)'",
                        hint: "write Y (yes) or N (no), or leave the cell empty for no"))
                return nil
            }
            return (flag, isSet)
        }
    }
}
