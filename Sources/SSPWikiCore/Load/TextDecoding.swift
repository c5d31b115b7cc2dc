/// Decodes file bytes as UTF-8 and, when that fails, says where.
enum TextDecoding {
    struct BadByte: Error {
        let line: Int
        let column: Int
        let byte: UInt8
    }

    static func decode(_ data: [UInt8]) -> Result<String, BadByte> {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        var line = 1, column = 1
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00..<0x80: length = 1
            case 0xC2..<0xE0: length = 2
            case 0xE0..<0xF0: length = 3
            case 0xF0..<0xF5: length = 4
            default: return .failure(BadByte(line: line, column: column, byte: byte))
            }
            guard index + length <= bytes.endIndex else { return .failure(BadByte(line: line, column: column, byte: byte)) }
            for k in 1..<length where bytes[index + k] & 0xC0 != 0x80 {
                return .failure(BadByte(line: line, column: column, byte: bytes[index + k]))
            }
            if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
            index += length
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(BadByte(line: line, column: column, byte: 0))
        }
        return .success(text.replacingOccurrences(of: "\r\n", with: "\n"))
    }

    static func decode(_ data: Data) -> Result<String, BadByte> { decode([UInt8](data)) }
}

import Foundation
