import ArgumentParser
import Foundation
import SSPWikiCore

/// `sspwiki theme`: the built-in default theme.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with the default theme built into sspwiki.",
        subcommands: [ThemeExport.self])
}

struct ThemeExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the built-in theme's files into a folder, as the start of your own theme.",
        discussion: """
            Pass the folder to build and serve with --theme DIR. Each file there replaces the \
            built-in file of the same path; you can delete the files you do not change, and they \
            stay built in. Nothing is written when any of the files already exists.
            """)

    @Argument(help: "The folder to write the theme into (made when missing).")
    var directory: String

    func run() throws {
        switch ThemeExporter(destination: directory).export() {
        case .failure(let problem):
            FileHandle.standardError.write(Data((DiagnosticFormatter(contentPrefix: "").format(problem) + "\n").utf8))
            throw Exit.environment
        case .success(let paths):
            FileHandle.standardError.write(
                Data(
                    "wrote \(paths.count) theme files into \(directory)\n  next: edit them, then run sspwiki build --theme \(directory)\n"
                        .utf8))
        }
    }
}
