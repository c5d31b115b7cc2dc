/// The text of a Markdown body that readers see as prose, line by line: code blocks, code
/// spans, link addresses, URLs and HTML tags are blanked with spaces so that checks of
/// wording skip them while columns stay where they were written.
enum ProseLines {
    /// The prose of each line outside code blocks, with its 0-based index in `body`. Lines for
    /// which `wanted` is false (tested before blanking, which only removes text) are left out.
    static func lines(of body: String, wanted: (Substring) -> Bool = { _ in true }) -> [(index: Int, text: String)] {
        var out: [(Int, String)] = []
        var fence: (mark: Character, count: Int)?
        for (index, raw) in body.lineSlices.enumerated() {
            let trimmed = raw.drop(while: { $0 == " " || $0 == "\t" })
            if let open = fence {
                let run = trimmed.prefix(while: { $0 == open.mark })
                if run.count >= open.count && trimmed.dropFirst(run.count).allSatisfy(\.isWhitespace) { fence = nil }
                continue
            }
            if let mark = trimmed.first, mark == "`" || mark == "~" {
                let run = trimmed.prefix(while: { $0 == mark })
                if run.count >= 3 && !(mark == "`" && trimmed.dropFirst(run.count).contains("`")) {
                    fence = (mark, run.count)
                    continue
                }
            }
            guard wanted(raw) else { continue }
            out.append((index, mayNeedBlanking(raw) ? blankInline(Array(raw)) : String(raw)))
        }
        return out
    }

    /// False when the line has nothing `blankInline` would blank, which is most lines.
    static func mayNeedBlanking(_ line: Substring) -> Bool {
        var ws = 0  // a run of w or W, for `www.`
        for byte in line.utf8 {
            if "`]<:".utf8.contains(byte) || (byte == UInt8(ascii: ".") && ws >= 3) { return true }
            ws = byte | 0x20 == UInt8(ascii: "w") ? ws + 1 : 0
        }
        return false
    }

    /// Blanks code spans, `(…)` link addresses, `<…>` autolinks and tags, and bare URLs.
    static func blankInline(_ chars: [Character]) -> String {
        var out = chars
        var i = 0
        func blank(_ range: Range<Int>) { for k in range { out[k] = " " } }
        while i < chars.count {
            let c = chars[i]
            if c == "`" {
                var n = i
                while n < chars.count && chars[n] == "`" { n += 1 }
                let length = n - i
                if let close = closingRun(of: length, in: chars, from: n) {
                    blank(i..<close + length)
                    i = close + length
                } else {
                    i = n
                }
            } else if c == "]" && i + 1 < chars.count && chars[i + 1] == "(", let end = closingParen(in: chars, from: i + 2) {
                blank(i + 1..<end + 1)
                i = end + 1
            } else if c == "<", i + 1 < chars.count, chars[i + 1].isLetter || "/!".contains(chars[i + 1]),
                let end = chars[(i + 1)...].firstIndex(of: ">")
            {
                blank(i..<end + 1)
                i = end + 1
            } else if startsURL(chars, at: i) {
                let end = chars[i...].firstIndex(where: \.isWhitespace) ?? chars.count
                blank(i..<end)
                i = end
            } else {
                i += 1
            }
        }
        return String(out)
    }

    static func closingRun(of length: Int, in chars: [Character], from start: Int) -> Int? {
        var i = start
        while i < chars.count {
            guard chars[i] == "`" else {
                i += 1
                continue
            }
            var n = i
            while n < chars.count && chars[n] == "`" { n += 1 }
            if n - i == length { return i }
            i = n
        }
        return nil
    }

    static func closingParen(in chars: [Character], from start: Int) -> Int? {
        var depth = 0
        for i in start..<chars.count {
            if chars[i] == "(" { depth += 1 }
            if chars[i] == ")" {
                if depth == 0 { return i }
                depth -= 1
            }
        }
        return nil
    }

    static let urlPrefixes: [[UInt8]] = ["https://", "http://", "www.", "mailto:"].map { Array($0.utf8) }

    static func startsURL(_ chars: [Character], at i: Int) -> Bool {
        // Every prefix byte has the ASCII lower-case bit set, so `| 0x20` folds case.
        guard let first = chars[i].asciiValue, "hwm".utf8.contains(first | 0x20),
            i == 0 || !WordScanner.isWordCharacter(chars[i - 1])
        else { return false }
        return urlPrefixes.contains { prefix in
            chars.count - i >= prefix.count
                && prefix.indices.allSatisfy { k in chars[i + k].asciiValue.map { $0 | 0x20 } == prefix[k] }
        }
    }
}
