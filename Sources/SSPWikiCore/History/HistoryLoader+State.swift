import Foundation

/// What the build cache needs to know of git: the commit the content's history ends at.
extension HistoryLoader {
    /// The commit `HEAD` names, or a word saying there is none. One git process, run before
    /// anything else so that an unchanged site can be left as it is.
    package func headState(root: String) -> String {
        let head = runner.run(["rev-parse", "--verify", "--quiet", "HEAD"], in: root, input: nil)
        guard head.succeeded else { return head.status == nil ? "no git" : "no commits" }
        return String(decoding: head.stdout, as: UTF8.self).trimmingWhitespaceAndNewlines()
    }
}
