/// Splits a template's text into text and tags, following set-delimiter tags, and marks the
/// tags that stand alone on their line.
struct TemplateTokenizer {
    enum Kind: Equatable {
        case variable, unescaped, section, inverted, close, comment, partial, parent, block, delimiters
    }

    struct Tag {
        var kind: Kind
        var content: String
        /// Byte offset of the tag's opening delimiter, for line and column.
        var offset: Int
        /// Set for a tag alone on its line (whose line is then left out of the output): the
        /// whitespace before it.
        var standalone: [UInt8]?
        /// Set for a tag that is preceded only by whitespace on its line but is not
        /// standalone: that whitespace.
        var leading: [UInt8]?
        /// For a close tag, the kind of tag it closes (when the tags nest properly).
        var closes: Kind?
    }

    enum Token {
        case text([UInt8])
        case lineStart
        case tag(Tag)
    }

    struct Failure: Error {
        var offset: Int
        var message: String
    }

    let bytes: [UInt8]

    /// The tokens of the whole template, lines that stand alone already removed.
    func tokens() throws(Failure) -> [Token] {
        try Self.lines(of: scan()).flatMap(Self.resolve)
    }

    /// Text and tags in order, the text split after each newline.
    func scan() throws(Failure) -> [Token] {
        var tokens: [Token] = []
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)
        var textStart = 0
        var i = 0
        var opened: [Kind] = []
        func flushText(upTo end: Int) {
            var start = textStart
            var j = textStart
            while j < end {
                if bytes[j] == 0x0A {
                    tokens.append(.text(Array(bytes[start...j])))
                    start = j + 1
                }
                j += 1
            }
            if start < end { tokens.append(.text(Array(bytes[start..<end]))) }
        }
        while i < bytes.count {
            guard matches(open, at: i) else {
                i += 1
                continue
            }
            flushText(upTo: i)
            let tagStart = i
            var p = i + open.count
            var kind = Kind.variable
            var closing = close
            if p < bytes.count {
                switch bytes[p] {
                case UInt8(ascii: "#"): kind = .section
                case UInt8(ascii: "^"): kind = .inverted
                case UInt8(ascii: "/"): kind = .close
                case UInt8(ascii: "!"): kind = .comment
                case UInt8(ascii: ">"): kind = .partial
                case UInt8(ascii: "<"): kind = .parent
                case UInt8(ascii: "$"): kind = .block
                case UInt8(ascii: "&"): kind = .unescaped
                case UInt8(ascii: "="):
                    kind = .delimiters
                    closing = Array("=".utf8) + close
                case UInt8(ascii: "{"):
                    kind = .unescaped
                    closing = Array("}".utf8) + close
                case UInt8(ascii: "%"): throw Failure(offset: tagStart, message: "pragma tags ({{%…}}) are not supported")
                default: p -= 1
                }
                p += 1
            }
            var end = p
            // A tag that meets another tag's opening first was never closed.
            while end < bytes.count, !matches(closing, at: end), !matches(open, at: end) || kind == .comment { end += 1 }
            guard end < bytes.count, !matches(open, at: end) || matches(closing, at: end) else {
                throw Failure(
                    offset: tagStart, message: "the tag is not closed: '\(String(decoding: close, as: UTF8.self))' is missing")
            }
            let content = String(decoding: bytes[p..<end], as: UTF8.self).trimmingWhitespace
            i = end + closing.count
            textStart = i
            if kind == .delimiters {
                let parts = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
                guard parts.count == 2, !parts[0].contains("="), !parts[1].contains("=") else {
                    throw Failure(offset: tagStart, message: "a set-delimiter tag needs two delimiters, as in {{=<% %>=}}")
                }
                open = Array(parts[0].utf8)
                close = Array(parts[1].utf8)
            } else if kind != .comment, content.isEmpty || content.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                throw Failure(
                    offset: tagStart, message: content.isEmpty ? "the tag has no name" : "the name '\(content)' contains a space")
            }
            var tag = Tag(kind: kind, content: content, offset: tagStart)
            switch kind {
            case .section, .inverted, .parent, .block: opened.append(kind)
            case .close: tag.closes = opened.popLast()
            default: break
            }
            tokens.append(.tag(tag))
        }
        flushText(upTo: bytes.count)
        return tokens
    }

    private func matches(_ pattern: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for k in 0..<pattern.count where bytes[index + k] != pattern[k] { return false }
        return true
    }

    /// The tokens grouped by line: each line ends with a text that ends in a newline, or at the end.
    static func lines(of tokens: [Token]) -> [[Token]] {
        var lines: [[Token]] = []
        var current: [Token] = []
        for token in tokens {
            current.append(token)
            if case .text(let text) = token, text.last == 0x0A {
                lines.append(current)
                current = []
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

extension String {
    var trimmingWhitespace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
