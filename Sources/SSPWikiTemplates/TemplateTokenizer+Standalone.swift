/// The standalone rule: a line that holds only a section, comment, partial, parent, block or
/// set-delimiter tag and whitespace is left out of the output; its indentation belongs to the tag.
extension TemplateTokenizer {
    /// The line's tokens as they are rendered: a standalone line reduced to its tags, any other
    /// line led by a `.lineStart` mark.
    static func resolve(_ line: [Token]) -> [Token] {
        var tags: [Tag] = []
        var blank = true
        var leading: [UInt8] = []
        for (index, token) in line.enumerated() {
            switch token {
            case .tag(let tag): tags.append(tag)
            case .text(let text):
                let isLast = index == line.count - 1
                if !isBlank(text, endsLine: isLast) { blank = false }
                if tags.isEmpty { leading += text }
            case .lineStart: break
            }
        }
        if blank, isStandalone(tags) {
            return tags.map { tag in
                var tag = tag
                tag.standalone = leading
                return .tag(tag)
            }
        }
        var resolved: [Token] = [.lineStart]
        var seenTag = false
        var onlySpaceSoFar = true
        var space: [UInt8] = []
        for token in line {
            switch token {
            case .tag(var tag):
                if !seenTag, onlySpaceSoFar { tag.leading = space }
                seenTag = true
                resolved.append(.tag(tag))
            case .text(let text):
                if !seenTag {
                    if text.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { space += text } else { onlySpaceSoFar = false }
                }
                resolved.append(token)
            case .lineStart: break
            }
        }
        return resolved
    }

    /// One tag that may stand alone, or a row of inheritance tags (`{{<parent}}{{$block}}`,
    /// `{{/block}}{{/parent}}`) other than a block filled in and closed on the same line.
    private static func isStandalone(_ tags: [Tag]) -> Bool {
        switch tags.count {
        case 0: return false
        case 1: return tags[0].kind != .variable && tags[0].kind != .unescaped
        default:
            let inheritance: [Kind] = [.parent, .block]
            guard tags.allSatisfy({ inheritance.contains($0.kind) || inheritance.contains($0.closes ?? .variable) }) else {
                return false
            }
            let emptyBlock =
                tags.count == 2 && tags[0].kind == .block && tags[1].kind == .close
                && tags[0].content == tags[1].content
            return !emptyBlock
        }
    }

    /// Spaces and tabs only, with a closing newline (`\n` or `\r\n`) on the line's last text.
    private static func isBlank(_ text: [UInt8], endsLine: Bool) -> Bool {
        var end = text.count
        if endsLine, end > 0, text[end - 1] == 0x0A {
            end -= 1
            if end > 0, text[end - 1] == 0x0D { end -= 1 }
        }
        for k in 0..<end where text[k] != 0x20 && text[k] != 0x09 { return false }
        return true
    }
}
