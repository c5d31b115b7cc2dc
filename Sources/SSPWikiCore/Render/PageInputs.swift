/// What a rendered file is made from, so that a rebuild renders it again only when one of
/// those things changed (`PageFingerprints`). A job that does not say is treated as
/// `.everything`, which is always right, only slower.
enum PageInputs: Sendable {
    /// Every content file: lists and indexes, anything drawn from all plans.
    case everything
    /// A content page: see `InputIndex.sources(of:)`.
    case page(PageRef)
    /// A list of plans (a teacher's or a class's page): the plans' files and the INDES
    /// sections of their primary needs, which the rows name.
    case plans([String])
    /// A plan's history page: the plan and its revisions.
    case history(String)
    /// A past version of a plan: that version, the pages it links to, and the current plan.
    case version(Revision)
}

extension PageInputs {
    /// Whether the page is made from every content file (a list, index or school-wide view).
    var isEverything: Bool {
        if case .everything = self { return true }
        return false
    }
}
