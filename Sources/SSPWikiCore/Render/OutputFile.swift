/// One file of the built site: text or bytes made by the renderer, or a file copied as it is.
public struct OutputFile: Sendable {
    public enum Contents: Sendable {
        case text(String)
        case copy(from: String)
        /// The same page from the site being replaced: linked, not copied, when it can be.
        case keep(from: String)
    }

    /// Path from the site root, with `/` separators.
    public let path: String
    public let contents: Contents

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }
}
