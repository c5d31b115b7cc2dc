/// Checks that a path written in content names a file inside the content folder.
///
/// Paths are only ever compared against the loader's list of files, so a path that leads
/// outside the folder is never opened.
struct PathChecker {
    let model: ContentModel

    func check(_ path: String, field: String, at location: SourceLocation) -> [Diagnostic] {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if path.hasPrefix("/") || path.hasPrefix("~") || path.contains("\\") || path.contains(":") || parts.contains("..") {
            return [
                .error(
                    "'\(field)' must be a path inside the content folder, not '\(path)'", at: location,
                    hint:
                        "put the file under content/media/ and write `\(field.split(separator: ".").last ?? "photo"): media/file-name`"
                )
            ]
        }
        let normalised = parts.filter { $0 != "." && !$0.isEmpty }.joined(separator: "/")
        if model.escapingLinks.contains(normalised) || model.escapingLinks.contains(where: { normalised.hasPrefix($0 + "/") }) {
            return [
                .error(
                    "'\(field)' names '\(path)', a link that leads outside the content folder", at: location,
                    hint: "copy the file into content/media/ instead of linking to it")
            ]
        }
        guard model.files.contains(normalised) else {
            let near = Suggestion.closest(to: normalised, in: model.files)
            return [
                .error(
                    "'\(field)' names '\(path)', which does not exist in the content folder", at: location,
                    hint: near.map { "did you mean '\($0)'?" } ?? "add the file under content/media/ or correct the path")
            ]
        }
        if !normalised.hasPrefix("media/") {
            return [
                .error(
                    "'\(field)' must name a file under media/, not '\(path)'", at: location,
                    hint: "move the file into content/media/")
            ]
        }
        return []
    }

    func checkLocalReferences(_ document: MarkdownDocument) -> [Diagnostic] {
        document.localReferences.flatMap { reference in
            check(reference.path, field: "link", at: reference.location)
        }
    }
}
