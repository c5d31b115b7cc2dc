import Foundation

/// Stable hashes of content files, remembered by path while the text is the same. Used by one
/// build at a time (`BuildSession` holds its lock while it rebuilds); its own lock guards the
/// table all the same.
final class SourceHashes: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [String: (text: String, hash: String)] = [:]

    func hash(of source: SourceFile) -> String {
        // Equal texts read from the same cache share storage, so this is usually a pointer test.
        if let old = lock.withLock({ known[source.path] }), old.text == source.text { return old.hash }
        var hasher = StampHasher()
        hasher.add(source.text)
        lock.withLock { known[source.path] = (source.text, hasher.hex) }
        return hasher.hex
    }

    /// Forgets files that are gone.
    func keep(only paths: Set<String>) {
        lock.withLock {
            if known.count > paths.count { known = known.filter { paths.contains($0.key) } }
        }
    }
}
