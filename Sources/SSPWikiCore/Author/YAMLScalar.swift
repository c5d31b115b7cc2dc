/// Writes text as one YAML scalar that reads back as exactly that text, for values that
/// commands put into front matter (`sspwiki new`, `sspwiki review`).
package enum YAMLScalar {
    /// `text` as it can be written after `key: `: plain when that is safe, else double-quoted.
    package static func encode(_ text: String) -> String {
        isSafePlain(text) ? text : quoted(text)
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16, uppercase: true)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Words YAML would read as something other than text (booleans, null).
    static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"]

    static func isSafePlain(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last, first != " ", last != " " else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) { return false }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return false }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return false }
        if reserved.contains(text.lowercased()) { return false }
        // Numbers and dates would be read back as numbers or timestamps.
        if text.allSatisfy({ $0.isNumber || ".-+_:eE".contains($0) }) { return false }
        return true
    }
}
