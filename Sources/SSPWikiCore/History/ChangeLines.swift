/// Collects plain-English lines about what changed between two versions of a field.
struct ChangeLines {
    private(set) var lines: [String] = []

    /// Values longer than this are not quoted in a line; the line only says the field changed.
    static let quoteLimit = 80

    mutating func add(_ line: String) { lines.append(line) }

    /// "Class changed from Kestrels to Owls", "Known as set to Amy", "Teacher removed (was Mrs A Dobson)".
    mutating func text(_ label: String, _ old: String?, _ new: String?) {
        let old = old.flatMap { $0.isEmpty ? nil : $0 }
        let new = new.flatMap { $0.isEmpty ? nil : $0 }
        guard old != new else { return }
        let short = (old?.count ?? 0) <= Self.quoteLimit && (new?.count ?? 0) <= Self.quoteLimit
        switch (old, new) {
        case (nil, let new?): add(short ? "\(label) set to \(new)" : "\(label) added")
        case (let old?, nil): add(short ? "\(label) removed (was \(old))" : "\(label) removed")
        case (let old?, let new?): add(short ? "\(label) changed from \(old) to \(new)" : "\(label) changed")
        case (nil, nil): break
        }
    }

    /// "Review date moved from 4 Dec to 11 Dec", "Date of birth set to 14 Mar 2017".
    mutating func day(_ label: String, _ old: Day?, _ new: Day?) {
        guard old != new else { return }
        switch (old, new) {
        case (nil, let new?): add("\(label) set to \(new.medium)")
        case (let old?, nil): add("\(label) removed (was \(old.medium))")
        case (let old?, let new?):
            let (from, to) = Self.pair(old, new)
            add("\(label) moved from \(from) to \(to)")
        case (nil, nil): break
        }
    }

    /// "Minutes 30 → 45".
    mutating func number(_ label: String, _ old: Int?, _ new: Int?) {
        guard old != new else { return }
        add("\(label) \(old.map(String.init) ?? "none") → \(new.map(String.init) ?? "none")")
    }

    /// "Flag added: Pupil premium", "Flag removed: EAL", in the order of each list.
    mutating func list(_ noun: String, _ old: [String], _ new: [String]) {
        let before = Set(old)
        let after = Set(new)
        for item in new where !before.contains(item) { add("\(noun) added: \(item)") }
        for item in old where !after.contains(item) { add("\(noun) removed: \(item)") }
    }

    /// Two dates as "4 Dec" and "11 Dec" when they fall in the same year, with the years otherwise.
    static func pair(_ a: Day, _ b: Day) -> (String, String) {
        guard a.year == b.year else { return (a.medium, b.medium) }
        return (short(a), short(b))
    }

    /// "4 Dec".
    static func short(_ day: Day) -> String { "\(day.day) \(Day.monthNames[day.month - 1].prefix(3))" }
}
