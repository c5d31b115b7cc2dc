import ArgumentParser
import Foundation

/// The exit statuses of every command (documented in the README).
enum ExitStatus {
    /// Done, with at most warnings.
    static let success: Int32 = 0
    /// The content has errors (or warnings, with `check --strict`); they were printed.
    static let contentErrors: Int32 = 1
    /// The command line is wrong: an unknown option, a missing argument, a malformed value.
    static let usage: Int32 = 2
    /// The surroundings are broken: a theme folder or file that cannot be read, an output
    /// folder that cannot be replaced or written, a server that cannot listen.
    static let environment: Int32 = 3
}

/// A problem that is not about the arguments: printed as one `error:` line and a hint,
/// without the usage text, and the process exits with `status`.
struct CommandFailure: Error {
    var message: String
    var hint: String?
    var status: Int32 = ExitStatus.environment

    /// The text printed to standard error.
    var text: String {
        "error: \(message)" + (hint.map { "\n    hint: \($0)" } ?? "")
    }
}

/// Raised after diagnostics were printed; carries only the status to exit with.
struct Exit: Error {
    var status: Int32

    static let contentErrors = Exit(status: ExitStatus.contentErrors)
    static let environment = Exit(status: ExitStatus.environment)
}
