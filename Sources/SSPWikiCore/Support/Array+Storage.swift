extension Array {
    /// Whether the two arrays are one and the same storage (a copy of the other, never changed
    /// since), and so equal without comparing their elements. False says nothing: equal arrays
    /// may each have storage of their own. The caller keeps `other` alive, so its storage cannot
    /// be freed and reused by a new array in between.
    func sharesStorage(with other: [Element]) -> Bool {
        guard count == other.count else { return false }
        guard !isEmpty else { return true }
        return withUnsafeBufferPointer { mine in
            other.withUnsafeBufferPointer { theirs in mine.baseAddress == theirs.baseAddress }
        }
    }
}
