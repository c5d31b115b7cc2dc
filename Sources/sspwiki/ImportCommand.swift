import ArgumentParser
import Foundation
import SSPWikiCore

/// `sspwiki import`: bring plans in step with what the school's MIS exports.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring the plans in step with an export from the school's MIS.",
        subcommands: [ImportRegister.self])
}

struct ImportRegister: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "Make draft plans and update must-know fields from the SEN register exported as CSV.",
        discussion: """
            Pupils with SEN status K or E and no plan get a draft plan; plans of pupils on the \
            register get their class, year group, stage, flags and new needs updated in place \
            (comments, order and body kept); plans of pupils not on the register are only listed. \
            Nothing is written when the register or the content has any error. See docs/import.md.
            """)

    @OptionGroup var common: CommonOptions

    @Argument(help: "The register exported from the MIS as CSV (UTF-8 or Windows-1252, comma or semicolon separated).")
    var file: String

    @ArgumentParser.Flag(name: .customLong("dry-run"), help: "Print what would change, and write nothing.")
    var dryRun = false

    @Option(help: "A theme folder whose archetypes replace the default theme's.")
    var theme: String?

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure(
                message: "the register \(file) cannot be read", hint: "check the path, and that the file is readable")
        }
        let scaffolder = try common.scaffolder(theme: theme)
        let importer = RegisterImporter(content: common.content, theme: scaffolder.theme, today: try common.day())
        let (prepared, problems) = importer.prepare(register: [UInt8](data), file: file)
        let formatter = DiagnosticFormatter(contentPrefix: common.content, filesAsGiven: [file])
        guard let outcome = prepared else {
            FileHandle.standardError.write(Data((formatter.format(all: problems) + "\nnothing was written\n").utf8))
            throw Exit.contentErrors
        }
        if !outcome.problems.isEmpty {
            FileHandle.standardError.write(Data((formatter.format(all: outcome.problems) + "\n").utf8))
        }
        if !dryRun {
            let failures = importer.write(outcome)
            if !failures.isEmpty {
                FileHandle.standardError.write(Data((formatter.format(all: failures) + "\n").utf8))
                throw Exit.environment
            }
        }
        let summary = outcome.summary(contentPrefix: common.content, dryRun: dryRun)
        FileHandle.standardOutput.write(Data("read \(file) (\(outcome.encoding))\n\(summary)\n".utf8))
    }
}
