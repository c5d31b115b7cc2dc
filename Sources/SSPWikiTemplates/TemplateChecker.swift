/// A name in a template that the model it is rendered with does not have.
package struct TemplateNameProblem: Sendable, Hashable {
    /// The template whose text holds the name (a partial or a parent, perhaps).
    package let template: String
    package let line: Int
    package let column: Int
    /// The name as written in the tag (`plan.nmae`, `empty(needz)`).
    package let name: String
    /// The part of it that was not found (`nmae`).
    package let missing: String
    /// The names that would be found in its place, sorted, for a did-you-mean.
    package let candidates: [String]
    /// The model types searched, innermost first (`NeedModel`, `PlanModel`, `PlanPageModel`).
    package let searched: [String]
}

extension TemplateLibrary {
    /// Every name in the template `name`, its partials and its parents that a value of
    /// `schema` cannot answer, with the context stack each section pushes: a name inside
    /// `{{#plan}}` is looked up in the plan's members, then in the page's; inside a list
    /// section, in the element's first. Names under a value of `.open` shape are not checked.
    /// One problem per tag, however often its template is included.
    package func check(_ name: String, against schema: TemplateSchema) -> [TemplateNameProblem] {
        guard let number = numbers[name] else { return [] }
        var checker = TemplateChecker(library: self)
        checker.walk(compiled[number], stack: [.object(schema)], overrides: [], depth: 0)
        return checker.problems.sorted { ($0.template, $0.line, $0.column) < ($1.template, $1.line, $1.column) }
    }
}

/// Walks compiled nodes as the renderer would, but over shapes instead of values.
struct TemplateChecker {
    let library: TemplateLibrary
    private(set) var problems: [TemplateNameProblem] = []
    private var reported: Set<TemplatePosition> = []
    /// Templates already walked with a given stack and overrides, so shared partials and
    /// templates that include themselves are walked once.
    private var walked: Set<[AnyHashable]> = []

    init(library: TemplateLibrary) { self.library = library }

    mutating func walk(_ nodes: [TemplateNode], stack: [TemplateShape], overrides: [BlockOverride], depth: Int) {
        guard depth < TemplateRenderer.maximumDepth else { return }
        for node in nodes {
            switch node {
            case .text, .lineStart:
                continue
            case .variable(let name, _):
                _ = resolve(name, in: stack)
            case .section(let name, let children, let inverted):
                let shape = resolve(name, in: stack)
                // An unknown name was reported; its content is checked against the outer contexts only.
                var inner = stack
                if !inverted, let pushed = (shape ?? .open).sectionContext { inner.append(shape == nil ? .open : pushed) }
                walk(children, stack: inner, overrides: overrides, depth: depth)
            case .partial(let template, _):
                include(template, stack: stack, overrides: overrides, depth: depth)
            case .parent(let template, _, let passed):
                include(template, stack: stack, overrides: overrides + passed, depth: depth)
            case .block(let block):
                let content = overrides.first { $0.id == block.id }?.content ?? block.defaultContent
                walk(content, stack: stack, overrides: overrides, depth: depth)
            }
        }
    }

    private mutating func include(_ template: Int, stack: [TemplateShape], overrides: [BlockOverride], depth: Int) {
        guard template >= 0 else { return }
        let key: [AnyHashable] = [template, stack, overrides.map(\.id)]
        guard walked.insert(key).inserted else { return }
        walk(library.compiled[template], stack: stack, overrides: overrides, depth: depth + 1)
    }

    /// The shape `name` resolves to in `stack` (innermost last), or nil after reporting it.
    private mutating func resolve(_ name: TemplateName, in stack: [TemplateShape]) -> TemplateShape? {
        if name.asksSequence { return .scalar }
        var shape: TemplateShape
        var parts = name.parts[...]
        if name.anchored || parts.isEmpty {
            shape = stack[stack.count - 1]
        } else {
            let first = parts.removeFirst()
            guard let found = Self.find(first, in: stack) else {
                report(
                    name, missing: first, candidates: stack.flatMap(Self.names),
                    searched: stack.reversed().compactMap(Self.typeName))
                return nil
            }
            shape = found
        }
        for part in parts {
            switch shape {
            case .open:
                return .open
            case .object(let schema):
                guard let member = schema.members[part] else {
                    report(name, missing: part, candidates: Array(schema.members.keys), searched: [schema.typeName])
                    return nil
                }
                shape = member
            case .scalar, .list:
                report(name, missing: part, candidates: [], searched: [])
                return nil
            }
        }
        for transform in name.transforms.reversed() { shape = shape.applying(transform) }
        return shape
    }

    /// The first context, innermost first, that has `member`; `.open` answers every name.
    static func find(_ member: String, in stack: [TemplateShape]) -> TemplateShape? {
        for context in stack.reversed() {
            switch context {
            case .open: return .open
            case .object(let schema): if let found = schema.members[member] { return found }
            case .scalar, .list: continue
            }
        }
        return nil
    }

    static func names(of shape: TemplateShape) -> [String] {
        if case .object(let schema) = shape { Array(schema.members.keys) } else { [] }
    }

    static func typeName(of shape: TemplateShape) -> String? {
        if case .object(let schema) = shape { schema.typeName } else { nil }
    }

    private mutating func report(_ name: TemplateName, missing: String, candidates: [String], searched: [String]) {
        let position = name.position
        guard reported.insert(position).inserted else { return }
        let template = library.names.indices.contains(position.template) ? library.names[position.template] : ""
        problems.append(
            TemplateNameProblem(
                template: template, line: position.line, column: position.column, name: name.source,
                missing: missing, candidates: Array(Set(candidates)).sorted(), searched: searched))
    }
}
