import ArgumentParser
import Foundation
import SSPWikiCore

/// `sspwiki export register`: the SEN register as the plans hold it, for checking against the MIS.
struct ExportRegister: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "Write the SEN register as the plans hold it (CSV), to check against the MIS before the census.")

    @OptionGroup var common: CommonOptions

    @Option(name: .shortAndLong, help: "The CSV file to write; default: standard output.")
    var output: String?

    func run() throws {
        let (site, diagnostics) = SiteBuilder().analyse(content: common.content, today: try common.day())
        let errors = diagnostics.filter { $0.severity == .error }
        guard let model = site?.model, errors.isEmpty else {
            common.print(errors)
            throw Exit.contentErrors
        }
        let text = RegisterExporter().text(model)
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw CommandFailure(
                message: "\(output) could not be written: \(error.localizedDescription)",
                hint: "check that its folder exists and is writable")
        }
        FileHandle.standardError.write(
            Data("wrote the register of \(model.plans.filter { $0.status != .archived }.count) plans to \(output)\n".utf8))
    }
}
