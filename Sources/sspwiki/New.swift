import ArgumentParser
import Foundation
import SSPWikiCore

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make a new plan or page from the theme's archetypes.",
        subcommands: [NewPlan.self, NewPage.self])
}

extension Scaffolder.PlanTemplate: ExpressibleByArgument {}
extension Stage: ExpressibleByArgument {}

struct NewPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Write plans/<id>.md as a draft with every section and a prompt in each.")

    @OptionGroup var common: CommonOptions

    @Argument(help: "The plan's id, which becomes its file name (for example amy-khan).")
    var id: String

    @Option(help: "The child's or young person's full name.")
    var name: String

    @Option(help: "primary or secondary: which archetype to start from.")
    var template: Scaffolder.PlanTemplate = .primary

    @Option(help: "sen-support or ehcp.")
    var stage: Stage = .senSupport

    @Option(help: "A theme folder whose archetypes replace the default theme's.")
    var theme: String?

    func run() throws {
        let scaffolder = try common.scaffolder(theme: theme)
        let start = try common.day()
        let result = scaffolder.newPlan(id: id, name: name, template: template, stage: stage, start: start)
        try common.report(
            result, what: "plan", next: "fill it in, then set `status: active`; `sspwiki serve` shows it as you write")
    }
}

struct NewPage: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "page", abstract: "Write pages/<id>.md with a title.")

    @OptionGroup var common: CommonOptions

    @Argument(help: "The page's id, which becomes its file name.")
    var id: String

    @Option(help: "The page's title.")
    var title: String

    @Option(help: "A theme folder whose archetypes replace the default theme's.")
    var theme: String?

    func run() throws {
        let result = try common.scaffolder(theme: theme).newPage(id: id, title: title)
        try common.report(result, what: "page", next: "write it, then link to it with [[page:\(id)]]")
    }
}

extension CommonOptions {
    func scaffolder(theme override: String?) throws -> Scaffolder {
        let (theme, problems) = Theme.load(directories: try themeDirectories(override: override))
        guard let theme else {
            print(problems)
            throw Exit.environment
        }
        return Scaffolder(content: content, theme: theme)
    }

    func report(_ result: Result<String, Diagnostic>, what: String, next: String) throws {
        switch result {
        case .failure(let problem):
            print([problem])
            throw Exit.contentErrors
        case .success(let path):
            FileHandle.standardError.write(Data("wrote \(what) \(content)/\(path)\n  next: \(next)\n".utf8))
        }
    }
}
