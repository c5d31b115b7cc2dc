import Foundation

/// The audience stage: takes the parsed content model and its history and returns the model
/// and history one audience may see. It runs before linking, so every later stage — pages, search
/// index, views, CSV, calendar, history pages and word diffs — only ever sees what is left.
///
/// For `leads` nothing is removed: a plan's `confidential:` flags, agencies and other plans
/// join its own lists. For `staff`:
/// - restricted plans (`access: restricted`) are removed, with their history and media; a
///   `[[…]]` link to one becomes the child's known-as name (or the link's label) without a link,
///   and `related` entries naming one are dropped;
/// - each plan loses its `confidential:` block, site.yml's confidential flags and fields, and
///   its body's `Confidential` sections;
/// - past versions are redacted the same way and their change summaries made again from the
///   redacted versions.
///
/// Exports that must hold only what an audience sees can call `redact(_:)` on a model, or
/// `redact(_:)` on one plan (`Plan.redacted(for:config:)`).
package struct Redactor: Sendable {
    package let audience: Audience
    package let settings: ConfidentialitySettings
    /// Restricted plans the audience may not see: id → the name a link to it shows instead.
    package let withheld: [String: String]
    let markdown: MarkdownParser

    /// A redactor for one audience and one content model's settings and plans.
    package init(audience: Audience, model: ContentModel) {
        self.audience = audience
        settings = model.config.confidentiality
        withheld =
            audience.seesConfidential
            ? [:]
            : Dictionary(model.plans.filter(\.restricted).map { ($0.id, $0.displayName) }, uniquingKeysWith: { a, _ in a })
        markdown = MarkdownParser(glossaryTerms: Set(model.glossary.map(\.term)))
    }

    /// The model the audience may see.
    package func redact(_ model: ContentModel) -> ContentModel {
        var out = model
        out.plans = ParallelMap.map(model.plans.filter { withheld[$0.id] == nil }) { redact($0) }
        if !audience.seesConfidential {
            out.indes = model.indes.map(relink)
            out.peass = model.peass.map(relink)
            out.pages = model.pages.map(relink)
            out.withheldFlags = settings.flags.union(model.plans.flatMap(\.confidential.flags))
            let hidden = hiddenMedia(model)
            out.media = model.media.filter { !hidden.contains($0.path) }
            out.unparsed = model.unparsed.filter { !($0.kind == .plan && withheld[$0.id] != nil) }
        }
        return out
    }

    /// The model and history the audience may see (past versions are redacted against the
    /// redacted model, so their change summaries are made from what is left).
    package func redact(_ model: ContentModel, history: SiteHistory) -> (ContentModel, SiteHistory) {
        let out = redact(model)
        return (out, redact(history, model: out))
    }

    /// Media files only withheld plans use, or that only a confidential `photo` names.
    func hiddenMedia(_ model: ContentModel) -> Set<String> {
        var hidden: Set<String> = []
        var shown: Set<String> = []
        let photoHidden = settings.fields.contains("photo")
        for plan in model.plans {
            let paths = plan.document.localReferences.map(\.path)
            if withheld[plan.id] != nil {
                hidden.formUnion(paths + [plan.photo].compactMap { $0 })
            } else {
                shown.formUnion(paths)
                if let photo = plan.photo { if photoHidden { hidden.insert(photo) } else { shown.insert(photo) } }
            }
        }
        for page in model.pages { shown.formUnion(page.document.localReferences.map(\.path)) }
        for page in model.indes { shown.formUnion(page.document.localReferences.map(\.path)) }
        for page in model.peass { shown.formUnion(page.document.localReferences.map(\.path)) }
        return hidden.subtracting(shown)
    }

    /// A page whose links to withheld plans are made plain text (parsed again only if any were).
    func relink<Page: MarkdownPage>(_ page: Page) -> Page {
        let body = ConfidentialText.withoutLinks(to: withheld, in: page.body)
        guard body != page.body else { return page }
        var out = page
        out.body = body
        out.document = markdown.parse(body, file: page.path, firstLine: page.bodyLine, reservedAnchors: page.reservedAnchors)
        return out
    }
}

extension ContentModel {
    /// Whether anything in the model is marked confidential: site.yml's confidential flags or
    /// fields, or a plan (now or in a past version) with a `confidential:` block, restricted
    /// access or a heading that may start a confidential section.
    /// With a `memo`, whether a plan is marked is kept for as long as the plan is the same.
    func hasConfidential(history: SiteHistory, memo: ConfidentialMemo? = nil) -> Bool {
        let settings = config.confidentiality
        if !settings.flags.isEmpty || !settings.fields.isEmpty { return true }
        let marked: @Sendable (Plan) -> Bool = { plan in
            plan.restricted || !plan.confidential.isEmpty || ConfidentialText.mentionsConfidential(plan.body)
        }
        if memo.map({ $0.plans.values(of: plans, marked).contains(true) }) ?? plans.contains(where: marked) { return true }
        var past: [Plan] = []
        for version in history.versions.values {
            switch version {
            case .plan(let plan): past.append(plan)
            case .broken(let text, _): if ConfidentialText.mayBeConfidential(text, settings: settings) { return true }
            case .page: break
            }
        }
        return memo.map { $0.versions.values(of: past, marked).contains(true) } ?? past.contains(where: marked)
    }

    /// The model and history `audience` may see (see `Redactor`).
    package func redacted(for audience: Audience, history: SiteHistory) -> (ContentModel, SiteHistory) {
        Redactor(audience: audience, model: self).redact(self, history: history)
    }
}
