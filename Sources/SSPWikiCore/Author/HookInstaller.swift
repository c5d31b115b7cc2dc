import Foundation

/// Installs the git pre-commit hook that runs `sspwiki check` on the content being committed
/// and refuses the commit when it has errors (`sspwiki hooks install`, and `sspwiki init`).
///
/// The hook is the starter file `hooks/pre-commit`. It never replaces a hook that sspwiki did
/// not write; its own earlier version is replaced, so installing again brings it up to date.
package struct HookInstaller: Sendable {
    /// The line by which sspwiki knows a hook as its own.
    static let marker = "# sspwiki pre-commit hook"

    let git: GitRunner
    /// The running executable, used by the hook when `sspwiki` is not on `PATH`.
    let tool: String?

    package init(git: GitRunner = ProcessGitRunner(), tool: String? = nil) {
        self.git = git
        self.tool = tool
    }

    /// Installs the hook of the repository holding `directory` for the content folder
    /// `content` (relative to `directory`); returns the hook's path.
    package func install(in directory: String, content: String) -> Result<String, Diagnostic> {
        let place = SourceLocation(file: directory)
        let top = git.run(["rev-parse", "--show-toplevel"], in: directory, input: nil)
        guard top.succeeded else {
            return .failure(
                .error(
                    top.status == nil ? "git was not found" : "\(directory) is not inside a git repository", at: place,
                    hint: top.status == nil
                        ? "install git first" : "run `git init` first, or pass the folder of your plans' repository"))
        }
        let root = Self.line(top.stdout)
        let contentPath = URL(fileURLWithPath: content, relativeTo: URL(fileURLWithPath: directory + "/")).standardizedFileURL
            .path
        guard let relative = Self.relative(contentPath, to: root) else {
            return .failure(
                .error(
                    "the content folder \(content) is not inside the repository \(root)", at: place,
                    hint: "pass --content with the content folder of this repository"))
        }
        let hooks = git.run(["rev-parse", "--git-path", "hooks"], in: root, input: nil)
        guard hooks.succeeded else {
            return .failure(.error("git could not say where the hooks go: \(hooks.firstErrorLine)", at: place, hint: nil))
        }
        let folder = URL(fileURLWithPath: Self.line(hooks.stdout), relativeTo: URL(fileURLWithPath: root + "/"))
            .standardizedFileURL.path
        let hook = folder + "/pre-commit"
        if let existing = FileManager.default.contents(atPath: hook),
            !String(decoding: existing, as: UTF8.self).contains(Self.marker)
        {
            return .failure(
                .error(
                    "\(hook) already exists and was not written by sspwiki", at: SourceLocation(file: hook),
                    hint: "add `sspwiki check --content \(relative)` to that hook yourself, or move it away and install again"))
        }
        do {
            let text = try script(content: relative)
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: hook), options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook)
        } catch let problem as Diagnostic {
            return .failure(problem)
        } catch {
            return .failure(
                .error(
                    "\(hook) could not be written: \(error.localizedDescription)", at: SourceLocation(file: hook),
                    hint: "check that the repository is writable"))
        }
        return .success(hook)
    }

    /// The hook's text for the content folder at `content` (relative to the repository's top).
    func script(content: String) throws -> String {
        let origin = ThemeFile.starterPrefix + "hooks/pre-commit"
        guard let text = BuiltinFiles.starter["hooks/pre-commit"] else {
            throw Diagnostic.error("the tool was built without its pre-commit hook", at: SourceLocation(file: origin), hint: nil)
        }
        return try Scaffolder.fill(
            text, ["contentShell": Self.shellQuoted(content), "toolShell": Self.shellQuoted(tool ?? "sspwiki")],
            origin: origin)
    }

    /// `text` as one word for the POSIX shell.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// `path` relative to the folder `root`, or nil when it is outside it ("." for the root itself).
    static func relative(_ path: String, to root: String) -> String? {
        let resolvedRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        if resolved == resolvedRoot { return "." }
        guard resolved.hasPrefix(resolvedRoot + "/") else { return nil }
        return String(resolved.dropFirst(resolvedRoot.count + 1))
    }

    static func line(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
