import Foundation

/// Works out, pupil by pupil, what `RegisterImporter.prepare` creates, updates and reports.
struct RegisterImportBuilder {
    let importer: RegisterImporter
    /// The register's path as the user gave it.
    let file: String
    let model: ContentModel
    let mapping: NeedTypeMapping
    let startLevels: [String: Int]
    /// Errors that stop the import (a new plan that does not read back).
    private(set) var errors: [Diagnostic] = []
    private var ids: SlugSet

    init(importer: RegisterImporter, file: String, model: ContentModel, mapping: NeedTypeMapping) {
        self.importer = importer
        self.file = file
        self.model = model
        self.mapping = mapping
        startLevels = Dictionary(
            model.indes.map { section in
                let levels = section.levels.map(\.level).sorted()
                return (section.id, levels.first(where: { $0 > 0 }) ?? levels.first ?? 1)
            }, uniquingKeysWith: { a, _ in a })
        ids = SlugSet(reserved: Set(model.plans.map(\.id)))
    }

    mutating func run(_ pupils: [RegisterPupil], into outcome: inout RegisterImport) {
        let matcher = RegisterMatcher(plans: model.plans.sorted { $0.path < $1.path })
        var seen: [String: String] = [:]
        for pupil in pupils {
            switch matcher.match(pupil) {
            case .plan(let plan):
                seen[plan.id] = pupil.isOnRegister ? "" : "status N on row \(pupil.row)"
                guard pupil.isOnRegister else { continue }
                guard plan.status != .archived else {
                    outcome.problems.append(
                        warning(
                            pupil, "\(pupil.name) is on the register, but the plan \(plan.path) is archived; it was left alone",
                            hint: "set `status: active` in it to keep it in step"))
                    continue
                }
                update(plan, for: pupil, into: &outcome)
            case .ambiguous(let plans, let why):
                for plan in plans { seen[plan.id] = "" }
                outcome.problems.append(
                    warning(
                        pupil,
                        "\(pupil.name) (born \(pupil.dob.iso)) could be the pupil of "
                            + plans.map(\.path).joined(separator: " or ") + ": \(why); row left alone",
                        hint: "write `mis_id: \(pupil.misID)` in the right plan, then import again"))
            case .none:
                if pupil.isOnRegister { create(for: pupil, into: &outcome) }
            }
        }
        for plan in matcher.plans where plan.status != .archived && seen[plan.id] != "" {
            outcome.notOnRegister.append(
                RegisterImport.Absent(
                    path: plan.path, name: plan.name,
                    reason: seen[plan.id] ?? "not in the register"))
        }
    }

    func warning(_ pupil: RegisterPupil, _ message: String, hint: String) -> Diagnostic {
        .warning(message, at: SourceLocation(file: file, line: pupil.row, column: 1), hint: hint)
    }

    mutating func update(_ plan: Plan, for pupil: RegisterPupil, into outcome: inout RegisterImport) {
        guard let data = FileManager.default.contents(atPath: importer.content + "/" + plan.path) else {
            errors.append(
                .error("the plan cannot be read", at: SourceLocation(file: plan.path), hint: "check the file's permissions"))
            return
        }
        // The editor works on the file as it is, line ends included (`review` does the same).
        let text = String(decoding: data, as: UTF8.self)
        switch edit(text, plan: plan, pupil: pupil, created: false) {
        case .failure(let why):
            outcome.problems.append(
                .warning(
                    "\(plan.path) cannot be updated safely: \(why.why); it was left alone",
                    at: SourceLocation(file: plan.path),
                    hint: "bring it in step by hand, or write its front matter in the block style of the content format"))
        case .success(let (newText, changes)):
            if changes.isEmpty {
                outcome.unchanged.append(plan.path)
            } else {
                outcome.updated.append(.init(path: plan.path, name: plan.name, row: pupil.row, changes: changes))
                outcome.files.append(.init(path: plan.path, text: newText, isNew: false))
            }
        }
    }

    mutating func create(for pupil: RegisterPupil, into outcome: inout RegisterImport) {
        var id = ids.unique(for: pupil.name)
        if !ContentID.isValid(id) { id = ids.unique(for: "pupil " + pupil.name) }
        let template = self.template(for: pupil)
        let scaffolder = Scaffolder(content: importer.content, theme: importer.theme)
        let path = "plans/\(id).md"
        let rendered = scaffolder.planText(
            id: id, name: pupil.name, template: template, stage: pupil.stage ?? .senSupport, start: importer.today)
        guard case .success(let text) = rendered else {
            if case .failure(let problem) = rendered { errors.append(problem) }
            return
        }
        let (parsed, _) = PlanReviewer.parse(text, path: path)
        guard let draft = parsed else {
            errors.append(
                .error(
                    "the theme's archetype does not read as a plan", at: SourceLocation(file: "archetypes/\(template.archetype)"),
                    hint: "run `sspwiki new plan` to see its errors"))
            return
        }
        switch edit(text, plan: draft, pupil: pupil, created: true) {
        case .failure(let why):
            errors.append(
                .error(
                    "the new plan for \(pupil.name) could not be filled in: \(why.why)", at: SourceLocation(file: path),
                    hint: "check the theme's archetype \(template.archetype) keeps the block style of the content format"))
        case .success(let (newText, _)):
            outcome.created.append(.init(path: path, name: pupil.name, row: pupil.row, template: template))
            outcome.files.append(.init(path: path, text: newText, isNew: true))
        }
    }

    /// Secondary for a secondary setting, primary for a primary one; otherwise by year group.
    func template(for pupil: RegisterPupil) -> Scaffolder.PlanTemplate {
        switch model.config.phase {
        case .primary?: return .primary
        case .secondary?: return .secondary
        default:
            if let year = pupil.yearGroup, year >= .year(7) { return .secondary }
            return .primary
        }
    }

    /// Applies the register's values to `text` and reads the result back: the new text and
    /// the changes, or why it cannot be done safely.
    func edit(_ text: String, plan: Plan, pupil: RegisterPupil, created: Bool) -> Result<(String, [String]), RegisterEdit.Refusal>
    {
        guard let editor = FrontMatterEditor(text: text) else {
            return .failure(.init(why: "its front matter could not be read line by line"))
        }
        var edit = RegisterEdit(editor: editor, plan: plan, pupil: pupil, startLevels: startLevels, mapping: mapping)
        do { try edit.apply(created: created) } catch let refusal as RegisterEdit.Refusal { return .failure(refusal) } catch {
            return .failure(.init(why: "\(error)"))
        }
        let newText = edit.editor.text
        if newText == text { return .success((text, [])) }
        let (parsed, problems) = PlanReviewer.parse(newText, path: plan.path)
        guard let new = parsed, !problems.hasErrors else {
            return .failure(
                .init(why: "the edited front matter did not read back (\(problems.first?.message ?? "unknown problem"))"))
        }
        let sections = Set(new.needs.map(\.indes))
        let readBack =
            new.misID == pupil.misID && new.stage == (pupil.stage ?? plan.stage)
            && (pupil.yearGroup == nil || new.yearGroup == pupil.yearGroup)
            && (pupil.className == nil || new.className == pupil.className)
            && new.flags == edit.wantedFlags && edit.addedSections.allSatisfy(sections.contains)
            && new.needs.count == plan.needs.count + edit.addedSections.count
            && new.name == plan.name && new.body == plan.body
        guard readBack else { return .failure(.init(why: "the edited front matter did not read back as the register says")) }
        return .success((newText, edit.changes))
    }
}
