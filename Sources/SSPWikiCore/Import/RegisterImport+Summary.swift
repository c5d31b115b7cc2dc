/// The summary `sspwiki import register` prints.
extension RegisterImport {
    /// Created, updated (with every change), unchanged, not on the register and rows with
    /// problems; paths behind `contentPrefix` as the diagnostics print them.
    package func summary(contentPrefix: String, dryRun: Bool) -> String {
        let formatter = DiagnosticFormatter(contentPrefix: contentPrefix)
        func path(_ p: String) -> String { TerminalText.escaped(formatter.displayPath(p)) }
        func name(_ n: String) -> String { TerminalText.escaped(n) }
        let verb = dryRun ? "would be " : ""
        var lines: [String] = []
        lines.append("\(created.count) \(plural(created.count, "plan")) \(verb)created (drafts)" + (created.isEmpty ? "" : ":"))
        lines += created.map { "  + \(path($0.path))  \(name($0.name)) (row \($0.row), \($0.template.rawValue) template)" }
        lines.append("\(updated.count) \(plural(updated.count, "plan")) \(verb)updated" + (updated.isEmpty ? "" : ":"))
        for plan in updated {
            lines.append("  ~ \(path(plan.path))  \(name(plan.name)) (row \(plan.row)):")
            lines += plan.changes.map { "      - \(TerminalText.escaped($0))" }
        }
        lines.append("\(unchanged.count) \(plural(unchanged.count, "plan")) unchanged")
        lines.append(
            "\(notOnRegister.count) \(plural(notOnRegister.count, "plan")) not on the register, left as \(notOnRegister.count == 1 ? "it is" : "they are")"
                + (notOnRegister.isEmpty ? "" : ":"))
        lines += notOnRegister.map { "  ? \(path($0.path))  \(name($0.name)): \($0.reason)" }
        if !notOnRegister.isEmpty {
            lines.append("    next: when a pupil has left the SEN register, record why in the plan and set `status: archived`")
        }
        lines.append(
            "\(problems.count) \(plural(problems.count, "row")) with problems" + (problems.isEmpty ? "" : " (the warnings above)")
        )
        lines.append(
            dryRun
                ? "dry run: nothing was written"
                : files.isEmpty
                    ? "nothing to write: the plans are in step with the register"
                    : "wrote \(files.count) \(plural(files.count, "file")); check them with `sspwiki check`, then commit")
        return lines.joined(separator: "\n")
    }

    func plural(_ count: Int, _ word: String) -> String { count == 1 ? word : word + "s" }
}
