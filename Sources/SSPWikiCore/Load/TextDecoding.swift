import Foundation

/// Decodes file bytes as UTF-8 and, when that fails, says where: the line and column of the
/// first byte that does not start a valid character, and that byte.
enum TextDecoding {
    struct BadByte: Error {
        let line: Int
        let column: Int
        let byte: UInt8
    }

    static func decode(_ data: [UInt8]) -> Result<String, BadByte> {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        var line = 1
        var column = 1
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard let length = sequenceLength(bytes, at: index) else {
                return .failure(BadByte(line: line, column: column, byte: byte))
            }
            if byte == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        // Every sequence was checked above, so decoding cannot replace anything.
        let text = String(decoding: bytes, as: UTF8.self)
        // Foundation's replacing is slow even when there is nothing to replace.
        return .success(bytes.contains(0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text)
    }

    /// The length of the well-formed UTF-8 sequence starting at `index` (Unicode table 3-7),
    /// or nil when it is not one: stray continuation bytes, overlong forms, encoded surrogates,
    /// values above U+10FFFF and truncated sequences.
    static func sequenceLength(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            secondRange = 0x80...0x9F
        case 0xF0:
            length = 4
            secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            secondRange = 0x80...0x8F
        default: return nil
        }
        guard index + length <= bytes.endIndex, secondRange.contains(bytes[index + 1]) else { return nil }
        for k in 2..<length where !(0x80...0xBF).contains(bytes[index + k]) { return nil }
        return length
    }

    static func decode(_ data: Data) -> Result<String, BadByte> { decode([UInt8](data)) }
}
