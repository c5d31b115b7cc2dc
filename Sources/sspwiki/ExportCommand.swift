import ArgumentParser

/// `sspwiki export`: documents made from the content, and the register as a spreadsheet.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Make documents from the content: a plan's copy for the family or the child, an evidence pack, a transfer pack, or the SEN register as a spreadsheet.",
        subcommands: [ExportPlan.self, ExportRegister.self],
        defaultSubcommand: ExportPlan.self)
}
