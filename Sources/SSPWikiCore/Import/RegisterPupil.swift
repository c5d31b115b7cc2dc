/// One pupil as a row of the register gives them, with each value read.
struct RegisterPupil: Sendable {
    /// The spreadsheet row.
    let row: Int
    let misID: String
    /// `Forename Surname`, as the plan's `name`.
    let name: String
    /// The preferred forename, when the register gives one that differs from the legal forename.
    let knownAs: String?
    let dob: Day
    /// Nil when the register has no year group column or the cell is empty.
    let yearGroup: YearGroup?
    let className: String?
    /// Nil when the pupil is not on the SEN register (status N).
    let stage: Stage?
    /// The need type codes, rank 1 first, each with the 1-based column it was read from.
    let needs: [(code: String, column: Int)]
    /// The flags the register has a column for, set or not.
    let flags: [(flag: Flag, isSet: Bool)]

    var isOnRegister: Bool { stage != nil }

    /// The flags the register sets, in the content format's order.
    var setFlags: [Flag] { flags.filter(\.isSet).map(\.flag) }
}
