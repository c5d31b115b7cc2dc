import Foundation

/// Reads the values of register cells as MIS exports write them.
enum RegisterValues {
    /// Whether a pupil is on the SEN register, and at which stage.
    enum Status: Equatable {
        case onRegister(Stage)
        case notOnRegister
    }

    /// `K`/`E`/`N` (school census codes) or the words some exports use instead; nil when unknown.
    static func status(_ text: String) -> Status? {
        switch RegisterField.key(text) {
        case "k", "sensupport", "support": return .onRegister(.senSupport)
        case "e", "ehcp", "ehcplan", "ehc", "educationhealthandcareplan", "educationhealthcareplan": return .onRegister(.ehcp)
        case "n", "", "nosen", "none", "no": return .notOnRegister
        default: return nil
        }
    }

    static let statusHint = "write K (SEN support), E (EHC plan) or N (not on the SEN register)"

    /// A date written `DD/MM/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY` (UK order, as English MIS exports
    /// write them) or `YYYY-MM-DD`, optionally followed by a time `00:00`; nil when it is not a
    /// day of the calendar.
    static func day(_ text: String) -> Day? {
        let datePart = text.split(separator: " ").first.map(String.init) ?? ""
        let parts = datePart.split(whereSeparator: { "/-.".contains($0) }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
            return nil
        }
        let numbers = parts.compactMap { Int($0) }
        if parts[0].count == 4 { return Day(year: numbers[0], month: numbers[1], day: numbers[2]) }
        guard parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 else { return nil }
        return Day(year: numbers[2], month: numbers[1], day: numbers[0])
    }

    static let dayHint = "write dates as DD/MM/YYYY or YYYY-MM-DD, and check the day exists"

    /// `R`, `Reception`, `N1`/`N2`/`Nursery`, `5`, `Y5`, `Year 5`, `NC 5`; nil when it is none of these.
    static func yearGroup(_ text: String) -> YearGroup? {
        let key = RegisterField.key(text)
        switch key {
        case "r", "rec", "reception", "yearr": return .reception
        case "n", "n1", "n2", "nursery": return .nursery
        default:
            let digits = key.drop(while: { !$0.isNumber })
            guard ["", "y", "year", "nc", "ncyear"].contains(String(key.prefix(key.count - digits.count))) else { return nil }
            return YearGroup(parsing: String(digits))
        }
    }

    /// Yes/no flags: `Y`, `Yes`, `T`, `True`, `1`, `X` or `✓`, and `N`, `No`, `F`, `False`, `0` or
    /// blank; nil for anything else.
    static func yesNo(_ text: String) -> Bool? {
        switch RegisterField.key(text) {
        case "y", "yes", "t", "true", "1", "x", "✓", "✔": return true
        case "n", "no", "f", "false", "0", "": return false
        default: return nil
        }
    }

    /// The need type codes of one cell, in order: one code, or several separated by commas,
    /// semicolons, slashes, bars or spaces.
    static func needCodes(_ text: String) -> [String] {
        text.split(whereSeparator: { ",;/| ".contains($0) }).map { $0.uppercased() }
    }

    /// `Forename Surname` from a single name cell, turning `Surname, Forename` round.
    static func fullName(_ text: String) -> String {
        let parts = text.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        let name = parts.count == 2 ? parts[1] + " " + parts[0] : text
        return name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A name as compared when matching plans: lower case, accents and spacing ignored.
    static func nameKey(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "'" }).joined(separator: " ")
    }
}
