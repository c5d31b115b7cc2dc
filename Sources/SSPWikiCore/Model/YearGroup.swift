/// A school year group: Nursery, Reception, or Year 1 to 14.
package enum YearGroup: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    case nursery
    case reception
    case year(Int)

    /// Reads `N`, `R` or a number 1–14 as written in `year_group`.
    package init?(parsing text: String) {
        switch text.uppercased() {
        case "N": self = .nursery
        case "R": self = .reception
        default:
            guard let n = Int(text), (1...14).contains(n) else { return nil }
            self = .year(n)
        }
    }

    private var rank: Int {
        switch self {
        case .nursery: return -1
        case .reception: return 0
        case .year(let n): return n
        }
    }

    package static func < (lhs: YearGroup, rhs: YearGroup) -> Bool { lhs.rank < rhs.rank }

    /// As written in content: "N", "R" or the number.
    package var code: String {
        switch self {
        case .nursery: return "N"
        case .reception: return "R"
        case .year(let n): return String(n)
        }
    }

    /// "Nursery", "Reception", "Year 3".
    package var description: String {
        switch self {
        case .nursery: return "Nursery"
        case .reception: return "Reception"
        case .year(let n): return "Year \(n)"
        }
    }

    /// Year groups in order, "not recorded" (nil) last: the order of lists by year group.
    static func nilLast(_ a: YearGroup?, _ b: YearGroup?) -> Bool {
        switch (a, b) {
        case (let a?, let b?): return a < b
        case (.some, nil): return true
        default: return false
        }
    }
}
