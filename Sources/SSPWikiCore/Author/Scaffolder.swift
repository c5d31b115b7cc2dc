import Foundation
import SSPWikiTemplates

/// Makes new content files from the theme's archetypes (`archetypes/` of the built-in theme or a `--theme` folder):
/// `sspwiki new plan` and `sspwiki new page`.
///
/// It refuses an id that breaks the id rules and never overwrites a file; the archetypes are
/// Mustache templates whose values arrive already written as YAML scalars.
package struct Scaffolder: Sendable {
    /// Which archetype a new plan starts from.
    package enum PlanTemplate: String, Sendable, CaseIterable {
        case primary, secondary

        var archetype: String { "plan-\(rawValue).md" }
    }

    /// The content folder.
    package let content: String
    package let theme: Theme

    package init(content: String, theme: Theme) {
        self.content = content
        self.theme = theme
    }

    /// Writes `plans/<id>.md` and returns its path relative to the content folder.
    package func newPlan(id: String, name: String, template: PlanTemplate, stage: Stage, start: Day) -> Result<String, Diagnostic>
    {
        let path = "plans/\(id).md"
        if let problem = checkID(id, path: path) { return .failure(problem) }
        if let existing = PlanFile.find(id, in: content) {
            return .failure(
                .error(
                    "a plan with the id '\(id)' already exists", at: SourceLocation(file: existing),
                    hint: "choose another id, or edit \(existing)"))
        }
        return planText(id: id, name: name, template: template, stage: stage, start: start).flatMap { write($0, to: path) }
    }

    /// The text `newPlan` would write to `plans/<id>.md`, without writing it (`import register`
    /// writes its new plans only once every row has been read without error).
    package func planText(
        id: String, name: String, template: PlanTemplate, stage: Stage, start: Day
    ) -> Result<String, Diagnostic> {
        let path = "plans/\(id).md"
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            return .failure(
                .error(
                    "the plan needs the child's full name", at: SourceLocation(file: path),
                    hint: "pass --name \"Full Name\""))
        }
        let context: [String: Any] = [
            "id": id, "nameYAML": YAMLScalar.encode(trimmed),
            "stage": stage.rawValue.padding(toLength: Stage.allowed.map(\.count).max() ?? 0, withPad: " ", startingAt: 0),
            "ehcp": stage == .ehcp, "start": start.iso, "review": ReviewCycle.nextReview(after: start).iso,
        ]
        return render(archetype: template.archetype, context: context)
    }

    /// Writes `pages/<id>.md` and returns its path relative to the content folder.
    package func newPage(id: String, title: String) -> Result<String, Diagnostic> {
        let path = "pages/\(id).md"
        if let problem = checkID(id, path: path) { return .failure(problem) }
        let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            return .failure(.error("the page needs a title", at: SourceLocation(file: path), hint: "pass --title \"Page title\""))
        }
        return render(archetype: "page.md", context: ["id": id, "titleYAML": YAMLScalar.encode(trimmed)]).flatMap {
            write($0, to: path)
        }
    }

    func checkID(_ id: String, path: String) -> Diagnostic? {
        guard ContentID.isValid(id) else {
            return .error("'\(id)' is not a valid id", at: SourceLocation(file: path), hint: ContentID.rule)
        }
        return nil
    }

    func render(archetype: String, context: [String: Any]) -> Result<String, Diagnostic> {
        guard let source = theme.archetypes[archetype], let text = source.text() else {
            return .failure(
                .error(
                    "the theme has no archetype '\(archetype)'", at: SourceLocation(file: "archetypes/\(archetype)"),
                    hint: "add \(archetype) to the theme's archetypes folder"))
        }
        do {
            return .success(try Self.fill(text, context, origin: source.origin))
        } catch {
            return .failure(error)
        }
    }

    /// Writes `rendered` to `path` (relative to the content folder), never over an existing file.
    func write(_ rendered: String, to path: String) -> Result<String, Diagnostic> {
        let fm = FileManager.default
        let target = content + "/" + path
        if fm.fileExists(atPath: target) {
            return .failure(
                .error(
                    "\(path) already exists and will not be overwritten", at: SourceLocation(file: path),
                    hint: "choose another id, or edit the file that is there"))
        }
        do {
            try fm.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            // `.withoutOverwriting` so a file that appeared meanwhile is still never replaced.
            try Data(rendered.utf8).write(to: URL(fileURLWithPath: target), options: .withoutOverwriting)
        } catch {
            return .failure(
                .error(
                    "\(path) could not be written: \(error.localizedDescription)", at: SourceLocation(file: path),
                    hint: "check that the content folder exists and is writable"))
        }
        return .success(path)
    }

    /// Fills the Mustache template `text` (an archetype or a starter file) with `context`.
    static func fill(_ text: String, _ context: [String: Any], origin: String) throws(Diagnostic) -> String {
        do {
            return try TemplateLibrary([origin: text]).render(origin, value: .dictionary(context)) ?? ""
        } catch {
            throw .error(
                "'\(origin)' cannot be read as a template: \(error.message)",
                at: SourceLocation(file: origin, line: error.line, column: error.column),
                hint: "check that every {{#section}} has its {{/section}} and every tag its closing braces")
        }
    }
}
