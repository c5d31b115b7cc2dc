import Foundation

extension PlanReviewer {
    /// What `review(content:id:date:force:)` did to the plan's file.
    package struct FileOutcome: Sendable {
        /// The plan's path relative to the content folder.
        package let path: String
        package let changes: [String]
        package let reviewDate: Day
        package let nextReview: Day
    }

    /// Starts the next cycle of the plan `id` in the content folder and writes the file.
    ///
    /// Refuses, unless `force`, when git does not hold the file's current text, so that the
    /// finished cycle is always in the history.
    package func review(content: String, id: String, date: Day?, force: Bool) -> (FileOutcome?, [Diagnostic]) {
        guard ContentID.isValid(id) else {
            return (nil, [.error("'\(id)' is not a valid plan id", at: SourceLocation(file: "plans"), hint: ContentID.rule)])
        }
        guard let path = PlanFile.find(id, in: content) else {
            return (
                nil,
                [
                    .error(
                        "there is no plan with the id '\(id)'", at: SourceLocation(file: "plans"),
                        hint: "the id is the plan's file name without .md")
                ]
            )
        }
        let absolute = content + "/" + path
        if !force,
            let problem = Self.gitProblem(GitStatus.of(absolute), path: path, shown: Self.shownPath(path, content: content))
        {
            return (nil, [problem])
        }
        guard let data = FileManager.default.contents(atPath: absolute) else {
            return (
                nil, [.error("the plan cannot be read", at: SourceLocation(file: path), hint: "check the file's permissions")]
            )
        }
        guard case .success = TextDecoding.decode(data) else {
            return (
                nil,
                [
                    .error(
                        "the plan is not valid UTF-8 text", at: SourceLocation(file: path),
                        hint: "run `\(Self.checkCommand(content: content))` to see where")
                ]
            )
        }
        // The editor works on the file as it is (TextDecoding would turn CRLF into LF).
        let raw = String(decoding: data, as: UTF8.self)
        let (reviewed, problems) = review(text: raw, path: path, date: date)
        guard let outcome = reviewed else { return (nil, problems) }
        do {
            try Data(outcome.text.utf8).write(to: URL(fileURLWithPath: absolute), options: .atomic)
        } catch {
            return (
                nil,
                [
                    .error(
                        "the plan could not be written: \(error.localizedDescription)", at: SourceLocation(file: path),
                        hint: "check the file is writable; it was not changed")
                ]
            )
        }
        return (
            FileOutcome(path: path, changes: outcome.changes, reviewDate: outcome.reviewDate, nextReview: outcome.nextReview), []
        )
    }

    /// The plan's path as typed from the current folder (`content/plans/amy-khan.md`), quoted
    /// for the shell when it needs to be, so a hint's command works when pasted.
    static func shownPath(_ path: String, content: String) -> String {
        shellQuoted(content == "." ? path : (content.hasSuffix("/") ? content : content + "/") + path)
    }

    /// `sspwiki check`, with `--content` when the content folder is not the default one.
    static func checkCommand(content: String) -> String {
        content == "content" ? "sspwiki check" : "sspwiki check --content " + shellQuoted(content)
    }

    /// `text` as a shell reads it back: unchanged when it holds only safe characters.
    static func shellQuoted(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) || "/._-+@".unicodeScalars.contains($0)
        }
        return plain ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Why git does not hold the plan's current text; `shown` is the path a hint's command names.
    static func gitProblem(_ status: GitStatus, path: String, shown: String) -> Diagnostic? {
        let at = SourceLocation(file: path)
        let commit = "git add \(shown) && git commit"
        switch status {
        case .clean:
            return nil
        case .changed:
            return .error(
                "the plan has changes that are not committed", at: at,
                hint: "commit them first (\(commit)), so the finished cycle is kept in the history; or pass --force")
        case .untracked:
            return .error(
                "the plan is not committed to git", at: at,
                hint: "commit it first (\(commit)), so the finished cycle is kept in the history; or pass --force")
        case .unavailable(let why):
            return .error(
                "git cannot tell whether the plan is committed (\(why))", at: at,
                hint: "keep the content folder in a git repository, or pass --force")
        }
    }
}
