import Foundation

/// Asks git whether a file's current text is safely committed, so that commands which edit
/// content in place (`sspwiki review`) never lose work that only exists on disk.
package enum GitStatus: Equatable, Sendable {
    /// Committed, with no changes since.
    case clean
    /// Changed since the last commit (staged or not).
    case changed
    /// Not in git: new, or ignored.
    case untracked
    /// git could not answer (not installed, or not inside a repository).
    case unavailable(String)

    /// The state of the file at `path` (absolute, or relative to the current folder).
    package static func of(_ path: String) -> GitStatus {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let folder = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        guard let status = run(["-C", folder, "status", "--porcelain", "--", name]) else {
            return .unavailable("git could not be run")
        }
        guard status.code == 0 else { return .unavailable(status.error.trimmingCharacters(in: .whitespacesAndNewlines)) }
        let output = status.output.trimmingCharacters(in: .whitespacesAndNewlines)
        if output.hasPrefix("??") { return .untracked }
        if !output.isEmpty { return .changed }
        guard let tracked = run(["-C", folder, "ls-files", "--error-unmatch", "--", name]) else {
            return .unavailable("git could not be run")
        }
        return tracked.code == 0 ? .clean : .untracked
    }

    static func run(_ arguments: [String]) -> (code: Int32, output: String, error: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { return nil }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let error = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: error, as: UTF8.self))
    }
}
