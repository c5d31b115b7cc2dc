import SSPWikiTemplates

/// Which page model each page template is rendered with, so a theme's templates can be
/// checked against the models when the theme is loaded (`Theme.checkNames`).
///
/// A template missing here is rendered from a `[String: Any]` context and not checked yet;
/// partials and parents are checked through the pages that include them.
enum PageModels {
    static let schemas: [String: TemplateSchema] = [
        "archive": ArchivePageModel.templateSchema,
        "changes": ChangesPageModel.templateSchema,
        "class": ClassPageModel.templateSchema,
        "class-passports": ClassPassportsPageModel.templateSchema,
        "export-child": DocumentModel.templateSchema,
        "export-evidence": DocumentModel.templateSchema,
        "export-family": DocumentModel.templateSchema,
        "export-page": DocumentPageModel.templateSchema,
        "export-transfer": DocumentModel.templateSchema,
        "glossary": GlossaryPageModel.templateSchema,
        "impact": ImpactPageModel.templateSchema,
        "index": DashboardPageModel.templateSchema,
        "indes": IndesPageModel.templateSchema,
        "indes-index": IndesIndexPageModel.templateSchema,
        "page": WikiPageModel.templateSchema,
        "passport": PassportPageModel.templateSchema,
        "pages-index": PagesIndexPageModel.templateSchema,
        "peass": PeassPageModel.templateSchema,
        "peass-index": PeassIndexPageModel.templateSchema,
        "person": PersonPageModel.templateSchema,
        "plan": PlanPageModel.templateSchema,
        "plan-history": PlanHistoryPageModel.templateSchema,
        "plan-source": PlanSourcePageModel.templateSchema,
        "progress": ProgressPageModel.templateSchema,
        "provision-map": ProvisionMapPageModel.templateSchema,
        "quality": QualityPageModel.templateSchema,
        "reviews": ReviewsPageModel.templateSchema,
        "search": SearchPageModel.templateSchema,
        "staff-index": StaffIndexPageModel.templateSchema,
    ]
}

extension Theme {
    /// Rule id of a name a template uses that its page model does not have.
    static let unknownNameRule = "template-unknown-name"

    /// One error for every name in a page template (or a partial or parent it includes) that
    /// the page's model does not have, at the tag in the template's file.
    static func checkNames(
        _ library: TemplateLibrary, origins: [String: String],
        schemas: [String: TemplateSchema] = PageModels.schemas
    ) -> [Diagnostic] {
        // A partial included by several pages is reported once, for the first page that includes it.
        var seen: Set<SourceLocation> = []
        var diagnostics: [Diagnostic] = []
        for (template, schema) in schemas.sorted(by: { $0.key < $1.key }) {
            for problem in library.check(template, against: schema) {
                let location = SourceLocation(
                    file: origins[problem.template] ?? problem.template,
                    line: problem.line, column: problem.column)
                guard seen.insert(location).inserted else { continue }
                let searched = problem.searched.isEmpty ? "" : " (looked in \(problem.searched.joined(separator: ", ")))"
                let message =
                    problem.name == problem.missing
                    ? "the template names '\(problem.missing)', which the page model does not have\(searched)"
                    : "'\(problem.name)' names '\(problem.missing)', which the page model does not have\(searched)"
                let hint =
                    Suggestion.hint(for: problem.missing, in: problem.candidates)
                    ?? "no value of that name reaches this tag: check its spelling and the section it stands in"
                diagnostics.append(Diagnostic(.error, at: location, message, hint: hint, rule: unknownNameRule))
            }
        }
        return diagnostics
    }
}
