import ArgumentParser
import Foundation
import SSPWikiCore

/// The `sspwiki` command: parses arguments, runs the library, prints diagnostics, exits.
@main
struct SSPWiki: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sspwiki",
        abstract: "Turn a folder of SEN Support Plans into a cross-linked, searchable static intranet site.",
        discussion: """
            Exit status: 0 success (warnings at most), 1 the content has errors, 2 the command line \
            is wrong, 3 the surroundings are broken (a theme folder that cannot be read, an output \
            folder that cannot be written, a port that cannot be used).
            """,
        version: SSPWikiVersion.current,
        subcommands: [
            Build.self, Check.self, Search.self, Serve.self, New.self, Review.self, Init.self, Hooks.self, ImportCommand.self,
            ExportCommand.self, ThemeCommand.self,
        ],
        defaultSubcommand: Build.self
    )

    /// Runs the chosen command and turns what it throws into a message and an exit status.
    static func main() async {
        AllocatorTuning.apply()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            finish(with: error)
        }
    }

    static func finish(with error: Error) -> Never {
        switch error {
        case let failure as CommandFailure:
            FileHandle.standardError.write(Data((failure.text + "\n").utf8))
            Foundation.exit(failure.status)
        case let exit as Exit:
            Foundation.exit(exit.status)
        default:
            // ArgumentParser's own errors: help and version (status 0) and usage mistakes,
            // which print the usage text and leave with status 2 instead of its 64.
            let code = exitCode(for: error)
            if code == .success || code == .failure { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(code == .validationFailure ? ExitStatus.usage : code.rawValue)
        }
    }
}
