/// Stable hashes of content files, remembered by path while the text is the same. Used by one
/// build at a time (`BuildSession` holds its lock while it rebuilds).
final class SourceHashes: @unchecked Sendable {
    private var known: [String: (text: String, hash: String)] = [:]

    func hash(of source: SourceFile) -> String {
        // Equal texts read from the same cache share storage, so this is usually a pointer test.
        if let old = known[source.path], old.text == source.text { return old.hash }
        var hasher = StampHasher()
        hasher.add(source.text)
        known[source.path] = (source.text, hasher.hex)
        return hasher.hex
    }

    /// Forgets files that are gone.
    func keep(only paths: Set<String>) {
        if known.count > paths.count { known = known.filter { paths.contains($0.key) } }
    }
}
