/// Stage 3: checks that the parsed content hangs together — ids are unique, every INDES
/// section, PEaSS entry, plan, target and file a plan names exists, and paths stay inside
/// the content folder.
package struct ContentValidator: Sendable {
    package init() {}

    /// - Parameter memo: plans' problems kept from the last validation (`BuildSession`): only
    ///   plans that changed are checked again.
    package func validate(_ model: ContentModel, memo: ValidationMemo? = nil) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        diagnostics += duplicateIDs(model.plans.map { ($0.id, $0.path) }, kind: "plan")
        diagnostics += duplicateIDs(model.indes.map { ($0.id, $0.path) }, kind: "INDES section")
        diagnostics += duplicateIDs(model.peass.map { ($0.id, $0.path) }, kind: "PEaSS entry")
        diagnostics += duplicateIDs(model.pages.map { ($0.id, $0.path) }, kind: "page")
        diagnostics += duplicateMISIDs(model.plans)
        let catalogue = Catalogue(model)
        // Each plan is checked on its own, on every core: in `serve` this runs beside the linker
        // and was the longer of the two.
        let check: @Sendable (Plan) -> [Diagnostic] = { PlanValidator(plan: $0, catalogue: catalogue, model: model).validate() }
        let found =
            memo?.problems(of: model.plans, in: ValidationMemo.World(catalogue, model), check)
            ?? ParallelMap.map(model.plans, check)
        for problems in found { diagnostics += problems }
        var seenTerms: [String: GlossaryTerm] = [:]
        for term in model.glossary {
            if let first = seenTerms[term.term] {
                diagnostics.append(
                    .error(
                        "glossary term '\(term.term)' is explained twice", at: term.location,
                        hint: "keep one explanation; the other is at line \(first.location.line)"))
            }
            seenTerms[term.term] = term
        }
        for document in model.indes.map(\.document) + model.peass.map(\.document) + model.pages.map(\.document) {
            diagnostics += PathChecker(model: model).checkLocalReferences(document)
        }
        return diagnostics
    }

    /// Two plans holding one MIS identifier would both be matched to one pupil by `import register`.
    func duplicateMISIDs(_ plans: [Plan]) -> [Diagnostic] {
        var first: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for plan in plans.sorted(by: { $0.path < $1.path }) {
            guard let misID = plan.misID else { continue }
            if let earlier = first[misID] {
                diagnostics.append(
                    .error(
                        "'mis_id' \(misID) is also the identifier of the plan in \(earlier)",
                        at: plan.locations.location(of: "mis_id"),
                        hint: "each pupil has one plan; keep the identifier only in the plan of the pupil it belongs to"))
            } else {
                first[misID] = plan.path
            }
        }
        return diagnostics
    }

    func duplicateIDs(_ items: [(id: String, path: String)], kind: String) -> [Diagnostic] {
        var first: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for item in items.sorted(by: { $0.path < $1.path }) {
            if let earlier = first[item.id] {
                diagnostics.append(
                    .error(
                        "\(kind) id '\(item.id)' is used twice: here and in \(earlier)",
                        at: SourceLocation(file: item.path, line: 1, column: 1),
                        hint: "ids must be unique across all folders; rename one of the files"))
            } else {
                first[item.id] = item.path
            }
        }
        return diagnostics
    }
}

/// Lookup tables of what exists, built once per validation.
struct Catalogue {
    let indes: [String: IndesSection]
    let peass: [String: PeassEntry]
    let plans: Set<String>
    /// Ids of files that exist but could not be read, by kind: naming one is not an error.
    let unparsed: Set<PageRef>

    init(_ model: ContentModel) {
        unparsed = model.unparsed
        indes = model.indesByID
        peass = model.peassByID
        plans = Set(model.plans.map(\.id))
    }
}
