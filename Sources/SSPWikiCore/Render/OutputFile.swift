/// One file of the built site: text or bytes made by the renderer, or a file copied as it is.
package struct OutputFile: Sendable {
    package enum Contents: Sendable {
        case text(String)
        case copy(from: String)
        /// The same page from the site being replaced: linked, not copied, when it can be.
        case keep(from: String)
    }

    /// Path from the site root, with `/` separators.
    package let path: String
    package let contents: Contents

    package init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }
}
