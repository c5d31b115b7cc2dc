import Testing

@testable import SSPWikiCore

/// `serve` keeps the input index's layout between rebuilds (`InputIndexMemo`); the files and
/// rows it gives every page must always be those an index made anew gives.
@Suite("The input index's layout kept between rebuilds")
struct InputIndexMemoTests {
    func site() throws -> AnalysedSite {
        let (site, diagnostics) = Fixture(ViewsContent.files).analysedSite(audience: .leads)
        #expect(!diagnostics.hasErrors)
        return try #require(site)
    }

    /// The site of `model`, linked anew.
    func site(_ model: ContentModel) -> AnalysedSite {
        AnalysedSite(model: model, graph: SiteLinker().link(model).0, audience: .leads)
    }

    /// Every page's files and rows, and each plan's files in a list, as text.
    func summary(_ index: InputIndex, _ model: ContentModel) -> [String] {
        let refs =
            model.plans.map { PageRef(.plan, $0.id) } + model.indes.map { PageRef(.indes, $0.id) }
            + model.peass.map { PageRef(.peass, $0.id) } + model.pages.map { PageRef(.page, $0.id) }
        return refs.map { ref in
            let rows = index.rows(of: ref).map { "\($0.files) \($0.rows.a) \($0.rows.b)" } ?? "-"
            return "\(ref.kind) \(ref.id): \(index.sources(of: ref)) \(rows)"
        } + model.plans.map { "\($0.id) in a list: \(index.sources(of: .plans([$0.id])) ?? [])" }
    }

    /// Indexes `site` through `memo`, expects what an index made anew gives, and whether the
    /// kept layout was used.
    func expectIndexedAnew(
        _ site: AnalysedSite, _ memo: InputIndexMemo, reused: Bool, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let paths =
            site.model.plans.map(\.path) + site.model.indes.map(\.path) + site.model.peass.map(\.path)
            + site.model.pages.map(\.path)
        let files = Dictionary(uniqueKeysWithValues: zip(paths.sorted(), paths.indices))
        let kept = summary(memo.index(site: site, files: files), site.model)
        let fresh = summary(InputIndex(site: site, files: files), site.model)
        #expect(kept == fresh, sourceLocation: sourceLocation)
        let used = memo.lastReused
        #expect(used == reused, sourceLocation: sourceLocation)
    }

    @Test("an edit of a plan's rows keeps the layout and shows the new rows")
    func anEditOfRowsKeepsTheLayout() throws {
        let memo = InputIndexMemo()
        var model = try site().model
        expectIndexedAnew(site(model), memo, reused: false)
        expectIndexedAnew(site(model), memo, reused: true)
        let amy = try #require(model.plans.firstIndex { $0.id == "amy-khan" })
        model.plans[amy].body += "\nA line added.\n"
        model.plans[amy].needs[0].level = 1
        model.plans[amy].provisions[0].what = "Something new"
        expectIndexedAnew(site(model), memo, reused: true)
    }

    @Test("an edit of what the layout reads makes it anew", arguments: 0..<4)
    func anEditOfTheLayoutMakesItAnew(edit: Int) throws {
        let memo = InputIndexMemo()
        var model = try site().model
        expectIndexedAnew(site(model), memo, reused: false)
        let amy = try #require(model.plans.firstIndex { $0.id == "amy-khan" })
        switch edit {
        case 0:
            try #require(model.plans[amy].needs.count > 1)
            for place in model.plans[amy].needs.indices { model.plans[amy].needs[place].primary.toggle() }
        case 1: model.plans[amy].related = []
        case 2: model.plans[amy].document.links.removeAll()
        default: model.plans[amy].provisions.removeAll()
        }
        expectIndexedAnew(site(model), memo, reused: false)
    }
}
