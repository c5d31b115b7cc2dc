extension Array {
    /// The elements in the order of a key worked out once per element, instead of twice per
    /// comparison: for keys such as `lowercased()` names and large elements such as `Plan`
    /// (costly to move), this is several times quicker. `areInIncreasingOrder` compares keys.
    func sorted<Key>(byKey key: (Element) -> Key, by areInIncreasingOrder: (Key, Key) -> Bool) -> [Element] {
        let keys = map(key)
        return keys.indices.sorted { areInIncreasingOrder(keys[$0], keys[$1]) }.map { self[$0] }
    }
}
