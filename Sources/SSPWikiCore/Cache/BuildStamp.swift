import Foundation

/// A fingerprint of everything a build reads: every content file's bytes, the media files'
/// names, sizes and dates, every theme file, the day treated as today, the tool version and
/// anything else the caller adds (such as the git state behind history pages).
///
/// Two builds with the same stamp produce the same site, so a rebuild whose stamp matches the
/// site already written can stop after loading. The stamp is always recomputed from the source:
/// a cached result is never trusted over the files.
package struct BuildStamp: Hashable, Sendable, CustomStringConvertible {
    package let value: String

    package init(loaded: LoadedContent, themeDirectories: [String], today: Day, options: [String] = []) {
        self.init(loaded: loaded, themeDirectories: themeDirectories, today: today, options: options, hashes: SourceHashes())
    }

    /// With `hashes` kept for the page fingerprints of the same build, each file is hashed once.
    init(loaded: LoadedContent, themeDirectories: [String], today: Day, options: [String], hashes: SourceHashes) {
        var hasher = StampHasher()
        hasher.add("sspwiki \(SSPWikiVersion.build)")
        hasher.add("today \(today.iso)")
        for option in options { hasher.add(option) }
        // Every file and link by name, so a file that could not be read still changes the stamp.
        for path in loaded.files.sorted() { hasher.add(path) }
        for path in loaded.escapingLinks.sorted() { hasher.add("link " + path) }
        for source in loaded.sources {
            hasher.add(source.path)
            hasher.add(hashes.hash(of: source))
        }
        let fm = FileManager.default
        for media in loaded.media {
            let attributes = try? fm.attributesOfItem(atPath: media.absolutePath)
            let date = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            hasher.add("\(media.path) \(media.size) \(date)")
        }
        for directory in themeDirectories {
            for rel in Theme.files(under: directory) {
                hasher.add(rel)
                if let data = fm.contents(atPath: directory + "/" + rel) { hasher.add(bytes: data) }
            }
        }
        value = hasher.hex
    }

    package var description: String { value }
}

/// 128 bits from two independent FNV-1a 64-bit hashes; fast over megabytes of text.
struct StampHasher {
    private var a: UInt64 = 0xcbf2_9ce4_8422_2325
    private var b: UInt64 = 0x6c62_272e_07bb_0142

    mutating func add(_ text: String) {
        var text = text
        // Over the bytes in memory: iterating the UTF-8 view cost as much as the hashing.
        text.withUTF8 { for byte in $0 { mix(byte) } }
        mix(0xFF)  // separator: "ab"+"c" differs from "a"+"bc"
    }

    /// Adds each piece in turn, as `add` would one by one.
    mutating func add(pieces: String...) {
        for piece in pieces { add(piece) }
    }

    mutating func add(bytes: Data) {
        for byte in bytes { mix(byte) }
        mix(0xFF)
    }

    /// The hash as two numbers, to add to another hash (`add(digest:)`) without making its text.
    struct Digest: Sendable {
        let a: UInt64
        let b: UInt64
    }

    var digest: Digest { Digest(a: a, b: b) }

    /// Adds a hash made by another `StampHasher`, as its 16 bytes.
    mutating func add(digest: Digest) {
        mix(word: digest.a)
        mix(word: digest.b)
        mix(0xFF)
    }

    private mutating func mix(word: UInt64) {
        var rest = word
        for _ in 0..<8 {
            mix(UInt8(truncatingIfNeeded: rest))
            rest >>= 8
        }
    }

    private mutating func mix(_ byte: UInt8) {
        a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        b = (b ^ UInt64(byte ^ 0x5A)) &* 0x0000_0100_0000_01B3
    }

    /// 32 lower-case hex digits (what `%016llx%016llx` prints; `String(format:)` is slow, and a
    /// serve rebuild makes thousands of these).
    var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes = [UInt8](repeating: 0, count: 32)
        for (offset, value) in [(0, a), (16, b)] {
            for place in 0..<16 { bytes[offset + place] = digits[Int((value >> UInt64(60 - 4 * place)) & 0xF)] }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
