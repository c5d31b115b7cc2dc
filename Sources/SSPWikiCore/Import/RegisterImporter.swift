import Foundation

/// `sspwiki import register FILE.csv`: brings the plans in step with the school's SEN register
/// as the MIS exports it. Reads the register (`RegisterReader`, `RegisterColumns`,
/// `RegisterRows`), finds each pupil's plan (`RegisterMatcher`), makes a draft from the
/// theme's archetype for each pupil on the register without one (`Scaffolder`) and edits the
/// must-know fields of the others in place (`RegisterEdit` on `FrontMatterEditor`). Every
/// new text is read back with the plan parser before it counts. `prepare` writes nothing;
/// `write` writes the files, and is only called when `prepare` found no error.
package struct RegisterImporter: Sendable {
    package let content: String
    package let theme: Theme
    /// The start of new plans.
    package let today: Day

    package init(content: String, theme: Theme, today: Day) {
        self.content = content
        self.theme = theme
        self.today = today
    }

    /// Reads the register (`bytes`; `file` is its path as the user gave it, for diagnostics)
    /// against the content folder. Nil, with every error, when the register or the content
    /// has any error.
    package func prepare(register bytes: [UInt8], file: String) -> (RegisterImport?, [Diagnostic]) {
        let (analysed, contentDiagnostics) = SiteBuilder().analyse(content: content, today: today)
        let contentErrors = contentDiagnostics.filter { $0.severity == .error }
        let settings = analysed?.model.config.registerImport ?? RegisterSettings()
        let (table, readProblems) = RegisterReader(file: file).read(bytes)
        var errors = contentErrors + readProblems
        guard let table else { return (nil, errors) }
        let (columns, columnProblems) = RegisterColumns.find(header: table.header, settings: settings, file: file)
        errors += columnProblems
        guard columnProblems.isEmpty, let model = analysed?.model else { return (nil, errors) }
        let mapping = settings.needMapping
        let (pupils, rowProblems) = RegisterRows(file: file, columns: columns, mapping: mapping).pupils(table)
        errors += rowProblems + missingSections(pupils, model: model, file: file)
        guard !errors.hasErrors else { return (nil, errors) }
        var outcome = RegisterImport()
        outcome.encoding = table.encoding.rawValue
        var build = RegisterImportBuilder(importer: self, file: file, model: model, mapping: mapping)
        build.run(pupils, into: &outcome)
        guard !build.errors.hasErrors else { return (nil, build.errors) }
        return (outcome, [])
    }

    /// Each need type whose INDES section the content does not have, once, at its first cell.
    func missingSections(_ pupils: [RegisterPupil], model: ContentModel, file: String) -> [Diagnostic] {
        let sections = Set(model.indes.map(\.id))
        let mapping = model.config.registerImport.needMapping
        var reported: Set<String> = []
        var problems: [Diagnostic] = []
        for pupil in pupils where pupil.isOnRegister {
            for need in pupil.needs {
                for section in mapping.sections(for: need.code) ?? []
                where !sections.contains(section) && !reported.contains(section) {
                    reported.insert(section)
                    problems.append(
                        .error(
                            "need type \(need.code) maps to the INDES section '\(section)', which the content does not have",
                            at: SourceLocation(file: file, line: pupil.row, column: need.column),
                            hint:
                                "add indes/\(section).md, or map \(need.code) to one of your sections in site.yml under `import:` `needs:`"
                        ))
                }
            }
        }
        return problems
    }

    /// Writes the files of `outcome`: new plans never over an existing file, edited plans
    /// atomically. Returns the problems, each naming the file.
    package func write(_ outcome: RegisterImport) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let scaffolder = Scaffolder(content: content, theme: theme)
        for file in outcome.files {
            if file.isNew {
                if case .failure(let problem) = scaffolder.write(file.text, to: file.path) { problems.append(problem) }
                continue
            }
            do {
                try Data(file.text.utf8).write(to: URL(fileURLWithPath: content + "/" + file.path), options: .atomic)
            } catch {
                problems.append(
                    .error(
                        "\(file.path) could not be written: \(error.localizedDescription)", at: SourceLocation(file: file.path),
                        hint: "check that the content folder is writable, then import again"))
            }
        }
        return problems
    }
}
