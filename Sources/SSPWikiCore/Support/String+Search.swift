import Foundation

/// Finding text inside text by its UTF-8 bytes, without Foundation's `range(of:)` and
/// `contains(_:)`, which bridge every string to `NSString` (4.5% of a build's samples went to
/// `CFStringFind` from the Markdown stage alone). The needles here are fixed markup or text
/// cut from the same string, so byte equality is the equality wanted.
extension StringProtocol {
    /// Where `needle` first occurs at or after `start` (the start by default), or nil.
    /// The bounds are indices of this text and may be used to slice it.
    package func firstRange(ofBytes needle: String, from start: Index? = nil) -> Range<Index>? {
        let bytes = utf8
        let offset = bytes.distance(from: bytes.startIndex, to: start ?? bytes.startIndex)
        // Over the contiguous bytes when the text has them (native strings always do): walking
        // the view index by index cost more than the search itself.
        let found = bytes.withContiguousStorageIfAvailable { buffer in
            needle.utf8.withContiguousStorageIfAvailable { Self.firstOffset(of: $0, in: buffer, from: offset) }
                ?? Array(needle.utf8).withUnsafeBufferPointer { Self.firstOffset(of: $0, in: buffer, from: offset) }
        }
        if let found {
            guard let found else { return nil }
            let lower = bytes.index(bytes.startIndex, offsetBy: found)
            return lower..<bytes.index(lower, offsetBy: needle.utf8.count)
        }
        let wanted = needle.utf8
        guard let first = wanted.first else { return nil }
        var from = start ?? bytes.startIndex
        while from < bytes.endIndex, let found = bytes[from...].firstIndex(of: first) {
            var end = found
            var matched = true
            for byte in wanted {
                guard end < bytes.endIndex, bytes[end] == byte else {
                    matched = false
                    break
                }
                end = bytes.index(after: end)
            }
            if matched { return found..<end }
            from = bytes.index(after: found)
        }
        return nil
    }

    private static func firstOffset(
        of needle: UnsafeBufferPointer<UInt8>, in buffer: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> Int? {
        guard let first = needle.first, needle.count <= buffer.count else { return nil }
        var index = start
        let last = buffer.count - needle.count
        while index <= last {
            if buffer[index] == first {
                var matched = 1
                while matched < needle.count, buffer[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// Whether `needle` occurs anywhere in the text.
    package func containsBytes(_ needle: String) -> Bool { firstRange(ofBytes: needle) != nil }
}

extension String {
    /// The text's lines, cut at each "\n" with empty lines kept: what
    /// `split(separator: "\n", omittingEmptySubsequences: false)` gives, found in the bytes
    /// instead of by breaking the whole text into characters. (The loader has already made
    /// "\r\n" into "\n", and a line feed is always a character of its own.)
    package var lineSlices: [Substring] {
        var lines: [Substring] = []
        let fast: Void? = utf8.withContiguousStorageIfAvailable { buffer in
            var start = 0
            for (offset, byte) in buffer.enumerated() where byte == UInt8(ascii: "\n") {
                lines.append(self[utf8.index(startIndex, offsetBy: start)..<utf8.index(startIndex, offsetBy: offset)])
                start = offset + 1
            }
            lines.append(self[utf8.index(startIndex, offsetBy: start)...])
        }
        if fast != nil { return lines }
        var start = utf8.startIndex
        while let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) {
            lines.append(self[start..<end])
            start = utf8.index(after: end)
        }
        lines.append(self[start...])
        return lines
    }
}

extension String {
    /// Whether the text's UTF-8 is exactly `bytes` (a git blob against a file's text): the
    /// lengths first, then the contiguous bytes, not a walk of the UTF-8 view.
    package func hasUTF8(_ bytes: [UInt8]) -> Bool {
        guard utf8.count == bytes.count else { return false }
        let compared = utf8.withContiguousStorageIfAvailable { text in
            // memcmp: a generic elementsEqual walks byte by byte (a fifth of serve's history step).
            bytes.withUnsafeBufferPointer { text.isEmpty || memcmp(text.baseAddress!, $0.baseAddress!, text.count) == 0 }
        }
        return compared ?? utf8.elementsEqual(bytes)
    }
}
