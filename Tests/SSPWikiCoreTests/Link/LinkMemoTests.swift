import Testing

@testable import SSPWikiCore

/// `serve` keeps the link graph between rebuilds (`LinkMemo`); the graph and problems it gives
/// must always be those `SiteLinker` gives for the same model.
@Suite("The link graph kept between rebuilds")
struct LinkMemoTests {
    func model() throws -> ContentModel {
        let (model, _, diagnostics) = Fixture(ViewsContent.files).analyse()
        #expect(!diagnostics.hasErrors)
        return try #require(model)
    }

    /// Links `model` through `memo`, expects what linking it anew gives, and whether the kept
    /// graph was used.
    func expectLinkedAnew(
        _ model: ContentModel, _ memo: LinkMemo, reused: Bool, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let (graph, diagnostics) = memo.link(model, history: SiteHistory(), scope: "leads")
        let (fresh, freshDiagnostics) = SiteLinker().link(model)
        #expect(graph == fresh, sourceLocation: sourceLocation)
        #expect(diagnostics == freshDiagnostics, sourceLocation: sourceLocation)
        let kept = memo.lastReused("leads")
        #expect(kept == reused, sourceLocation: sourceLocation)
    }

    func amy(_ model: ContentModel) throws -> Int { try #require(model.plans.firstIndex { $0.id == "amy-khan" }) }

    @Test("an edit that moves no link keeps the graph, also when lines move")
    func anEditThatChangesNoLinkKeepsTheGraph() throws {
        let memo = LinkMemo()
        var model = try model()
        expectLinkedAnew(model, memo, reused: false)
        expectLinkedAnew(model, memo, reused: true)
        let amy = try amy(model)
        #expect(!model.plans[amy].document.links.isEmpty)
        model.plans[amy].body += "\nA line added at the end.\n"
        model.plans[amy].review = Day(iso: "2027-02-01")!
        for place in model.plans[amy].document.links.indices { model.plans[amy].document.links[place].location.line += 3 }
        expectLinkedAnew(model, memo, reused: true)
    }

    @Test("an edit of what links read makes the graph anew", arguments: 0..<7)
    func anEditOfWhatLinksReadMakesTheGraphAnew(edit: Int) throws {
        let memo = LinkMemo()
        var model = try model()
        expectLinkedAnew(model, memo, reused: false)
        let amy = try amy(model)
        let at = SourceLocation(file: model.plans[amy].path, line: 30, column: 1)
        switch edit {
        case 0: model.plans[amy].name = "Amy Khan-Lewis"
        case 1: model.plans[amy].document.links.append(WikiLink(raw: "plan:jacob-khan", location: at))
        case 2: model.plans[amy].document.links.removeAll()
        case 3: model.plans[amy].related = []
        case 4: model.plans[amy].needs.removeAll()
        case 5: model.plans[try #require(model.plans.firstIndex { $0.id == "jacob-khan" })].status = .draft
        default: model.pages[0].title = "A new title"
        }
        expectLinkedAnew(model, memo, reused: false)
    }

    @Test("a broken link is reported on every rebuild, at its new place after a move")
    func aBrokenLinkIsReportedEveryTime() throws {
        let memo = LinkMemo()
        var model = try model()
        let amy = try amy(model)
        model.plans[amy].document.links.append(
            WikiLink(raw: "plan:nobody", location: SourceLocation(file: model.plans[amy].path, line: 30, column: 1)))
        expectLinkedAnew(model, memo, reused: false)
        model.plans[amy].document.links[model.plans[amy].document.links.count - 1].location.line = 31
        expectLinkedAnew(model, memo, reused: false)
        let (_, diagnostics) = memo.link(model, history: SiteHistory(), scope: "leads")
        #expect(diagnostics.map(\.location.line) == [31])
    }
}
