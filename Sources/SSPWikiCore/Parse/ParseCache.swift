import Foundation

/// Parsed Markdown files kept between builds of a `BuildSession`, by path. An entry is used
/// only while the file's text and the glossary (which the Markdown parser marks up) are
/// exactly as they were.
package final class ParseCache: @unchecked Sendable {
    fileprivate struct Entry: Sendable {
        let text: String
        let result: ContentParser.Result
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var glossaryKey: String?

    package init() {}

    /// How many files the last parse took from the cache, and how many it parsed.
    package var lastReused: Int { lock.withLock { reused } }
    package var lastParsed: Int { lock.withLock { parsed } }
    private var reused = 0
    private var parsed = 0

    /// The entries a parse with `glossary` may use (none after the glossary changed), read
    /// without the lock: files are looked up on every core at once.
    func kept(glossary: String) -> Kept { lock.withLock { Kept(entries: glossary == glossaryKey ? entries : [:]) } }

    /// The cache's entries as one parse found them.
    struct Kept: Sendable {
        fileprivate let entries: [String: Entry]

        /// The kept result of `source`, when its text is exactly the one parsed.
        func result(for source: SourceFile) -> ContentParser.Result? {
            guard let entry = entries[source.path], entry.text == source.text else { return nil }
            return entry.result
        }
    }

    /// Replaces the cache with the files of this parse (files that are gone are forgotten), of
    /// which `reused` were taken from it.
    func keep(_ parsed: [(SourceFile, ContentParser.Result)], glossary: String, reused: Int) {
        let next = Dictionary(parsed.map { ($0.0.path, Entry(text: $0.0.text, result: $0.1)) }, uniquingKeysWith: { a, _ in a })
        lock.withLock {
            self.reused = reused
            self.parsed = parsed.count - reused
            glossaryKey = glossary
            entries = next
        }
    }
}
