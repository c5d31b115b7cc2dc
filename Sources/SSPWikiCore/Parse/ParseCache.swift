import Foundation

/// Parsed Markdown files kept between builds of a `BuildSession`, by path. An entry is used
/// only while the file's text and the glossary (which the Markdown parser marks up) are
/// exactly as they were.
package final class ParseCache: @unchecked Sendable {
    private struct Entry {
        let text: String
        let result: ContentParser.Result
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var glossaryKey: String?
    private var hits = 0

    package init() {}

    /// How many files the last parse took from the cache, and how many it parsed.
    package var lastReused: Int { lock.withLock { reused } }
    package var lastParsed: Int { lock.withLock { parsed } }
    private var reused = 0
    private var parsed = 0

    func result(for source: SourceFile, glossary: String) -> ContentParser.Result? {
        lock.lock()
        defer { lock.unlock() }
        guard glossary == glossaryKey, let entry = entries[source.path], entry.text == source.text else { return nil }
        hits += 1
        return entry.result
    }

    /// Replaces the cache with the files of this parse (files that are gone are forgotten).
    func keep(_ parsed: [(SourceFile, ContentParser.Result)], glossary: String) {
        lock.lock()
        defer { lock.unlock() }
        reused = hits
        self.parsed = parsed.count - hits
        hits = 0
        glossaryKey = glossary
        entries = Dictionary(parsed.map { ($0.0.path, Entry(text: $0.0.text, result: $0.1)) }, uniquingKeysWith: { a, _ in a })
    }
}
