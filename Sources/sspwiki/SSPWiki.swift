import ArgumentParser
import Foundation
import SSPWikiCore

/// The `sspwiki` command: parses arguments, runs the library, prints diagnostics, exits.
@main
struct SSPWiki: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sspwiki",
        abstract: "Turn a folder of SEN Support Plans into a cross-linked, searchable static intranet site.",
        version: SSPWikiVersion.current,
        subcommands: [Build.self, Check.self, Search.self, Serve.self, New.self, Review.self],
        defaultSubcommand: Build.self
    )
}
