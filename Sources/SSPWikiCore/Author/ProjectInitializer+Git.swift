import Foundation

extension ProjectInitializer {
    /// Makes a repository in the project folder, installs the pre-commit hook and commits the
    /// starter files. Returns what the user should know; git missing or without a name to
    /// commit with is a note, not a failure.
    func setUpGit(in directory: String, setting: String) -> [String] {
        let initialised = git.run(["init", "--quiet"], in: directory, input: nil)
        guard initialised.succeeded else {
            return initialised.status == nil
                ? [
                    "git was not found: install git and run `git init` and `sspwiki hooks install` in \(directory), so that each cycle is kept"
                ]
                : ["git init failed (\(initialised.firstErrorLine)); the files are written, but there is no repository yet"]
        }
        var notes = ["made a git repository"]
        switch HookInstaller(git: git, tool: options.tool).install(in: directory, content: Self.contentFolder) {
        case .success(let hook): notes.append("installed the pre-commit check (\(hook))")
        case .failure(let problem): notes.append("the pre-commit check was not installed: \(problem.message)")
        }
        _ = git.run(["add", "--all"], in: directory, input: nil)
        // The starter content was just made by this tool and checked by its tests: the hook
        // would only repeat that.
        let committed = git.run(
            ["commit", "--quiet", "--no-verify", "-m", "Start the support plans of \(setting) with sspwiki"],
            in: directory, input: nil)
        if committed.succeeded {
            notes.append("committed the starter files")
        } else if committed.stderr.contains("tell me who you are") || committed.stderr.contains("ident") {
            notes.append(
                "the starter files are staged but not committed, because git does not know your name yet: run "
                    + "`git config --global user.name \"Your Name\"` and `git config --global user.email you@school.example`, then `git commit`"
            )
        } else {
            notes.append("the starter files are staged but not committed: git says \"\(committed.firstErrorLine)\"")
        }
        return notes
    }
}
