/// Checks that a path written in content names a file inside the content folder.
///
/// Paths are only ever compared against the loader's list of files, so a path that leads
/// outside the folder is never opened.
struct PathChecker {
    let model: ContentModel

    /// What is wrong with a path a plan or page names, before any message is made of it.
    enum Problem: Equatable {
        /// Absolute, home-relative, with a drive or backslash, or climbing out with `..`.
        case outsideContent
        /// Leads through a symbolic link that points outside the content folder.
        case escapingLink
        /// No such file in the content folder; carries the normalised path.
        case missing(String)
        case notUnderMedia
    }

    /// The problem with `path`, or nil when it names a file under media/ that may be shown.
    /// Cheap: analysis asks it once for every photo and report path of every version (`AnalysedSite.mediaPaths`).
    func problem(with path: String) -> Problem? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if path.hasPrefix("/") || path.hasPrefix("~") || path.contains("\\") || path.contains(":") || parts.contains("..") {
            return .outsideContent
        }
        let normalised = parts.filter { $0 != "." && !$0.isEmpty }.joined(separator: "/")
        if model.escapingLinks.contains(normalised) || model.escapingLinks.contains(where: { normalised.hasPrefix($0 + "/") }) {
            return .escapingLink
        }
        guard model.files.contains(normalised) else { return .missing(normalised) }
        return normalised.hasPrefix("media/") ? nil : .notUnderMedia
    }

    /// True when `path` names a file under media/ that passes every check.
    func accepts(_ path: String) -> Bool { problem(with: path) == nil }

    func check(_ path: String, field: String, at location: SourceLocation) -> [Diagnostic] {
        switch problem(with: path) {
        case nil:
            return []
        case .outsideContent?:
            return [
                .error(
                    "'\(field)' must be a path inside the content folder, not '\(path)'", at: location,
                    hint:
                        "put the file under content/media/ and write `\(field.split(separator: ".").last ?? "photo"): media/file-name`"
                )
            ]
        case .escapingLink?:
            return [
                .error(
                    "'\(field)' names '\(path)', a link that leads outside the content folder", at: location,
                    hint: "copy the file into content/media/ instead of linking to it")
            ]
        case .missing(let normalised)?:
            let near = Suggestion.closest(to: normalised, in: model.files)
            return [
                .error(
                    "'\(field)' names '\(path)', which does not exist in the content folder", at: location,
                    hint: near.map { "did you mean '\($0)'?" } ?? "add the file under content/media/ or correct the path")
            ]
        case .notUnderMedia?:
            return [
                .error(
                    "'\(field)' must name a file under media/, not '\(path)'", at: location,
                    hint: "move the file into content/media/")
            ]
        }
    }

    func checkLocalReferences(_ document: MarkdownDocument) -> [Diagnostic] {
        document.localReferences.flatMap { reference in
            check(reference.path, field: "link", at: reference.location)
        }
    }
}
