import Foundation

/// The input index's layout (`InputIndex.Layout`: which files each page is made from) kept
/// between the rebuilds of a `BuildSession`. The layout depends only on the content files'
/// numbering and on what the pages link to and list: every field `LinkMemo.linksAlike`
/// compares, and which need of each plan is primary (its row shows that need's section). While
/// these are the same, the last layout is used as it is. Each plan's parts of the rows are
/// kept too, for as long as the plan is the same (`PlanMemo`).
/// Its lock guards its state.
package final class InputIndexMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var last: (model: ContentModel, files: [String: Int], layout: InputIndex.Layout)?
    private var reused = false
    /// Each plan's parts of the INDES and PEaSS pages' rows.
    private let rows = PlanMemo<InputIndex.RowParts>()

    package init() {}

    /// Whether the last index used the kept layout.
    var lastReused: Bool { lock.withLock { reused } }

    /// `InputIndex(site:files:)`, with the kept layout when it is the one it would work out.
    func index(site: AnalysedSite, files: [String: Int]) -> InputIndex {
        let old = lock.withLock { last }
        let kept = old.flatMap { $0.files == files && Self.alike($0.model, site.model) ? $0.layout : nil }
        let parts = rows.values(of: site.model.plans, InputIndex.rowParts)
        let index = InputIndex(site: site, files: files, layout: kept, rows: parts)
        lock.withLock {
            if kept == nil { last = (site.model, files, index.layout) }
            reused = kept != nil
        }
        return index
    }

    /// Whether the layouts of `old` and `new` are the same (with the same files).
    static func alike(_ old: ContentModel, _ new: ContentModel) -> Bool {
        LinkMemo.linksAlike(old, new) && old.plans.matches(new.plans) { $0.needs.map(\.primary) == $1.needs.map(\.primary) }
    }
}
