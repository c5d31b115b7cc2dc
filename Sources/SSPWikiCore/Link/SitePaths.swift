/// Paths from the site root of every page of the site, made in this one place so that the
/// jobs that write pages and the links that point to them agree. `PageRef.sitePath` and
/// `ResolvedLink.sitePath` come here too.
package enum SitePaths {
    /// A content page: `plans/<id>.html`, `indes/<id>.html`, `peass/<id>.html`, `pages/<id>.html`.
    package static func page(_ kind: PageRef.Kind, _ id: String) -> String { "\(kind.folder)/\(id).html" }

    /// The page of the plan `id`: `plans/<id>.html`.
    package static func plan(_ id: String) -> String { page(.plan, id) }

    /// The INDES section `id`, at the anchor of `level` when one is given: `indes/<id>.html#level-<n>`.
    package static func indes(_ id: String, level: Int? = nil) -> String {
        level.map { page(.indes, id) + "#level-\($0)" } ?? page(.indes, id)
    }

    /// The PEaSS entry `id`: `peass/<id>.html`.
    package static func peass(_ id: String) -> String { page(.peass, id) }

    /// The wiki page `id`: `pages/<id>.html`.
    package static func wikiPage(_ id: String) -> String { page(.page, id) }

    /// Every revision of the plan `id`: `plans/<id>/history.html`.
    package static func history(ofPlan id: String) -> String { "plans/\(id)/history.html" }

    /// The plan `id`'s progress across cycles: `plans/<id>/progress.html`.
    package static func progress(ofPlan id: String) -> String { "plans/\(id)/progress.html" }

    /// The plan `id` as it stood at the commit `hash`: `plans/<id>/rev/<hash>.html`.
    package static func pastVersion(ofPlan id: String, commit hash: String) -> String { "plans/\(id)/rev/\(hash).html" }

    /// The one-page pupil passport of the plan `id`: `plans/<id>/passport.html`.
    package static func passport(ofPlan id: String) -> String { "plans/\(id)/passport.html" }

    /// The page of the member of staff whose id (`PeopleIndex.id(for:)`) is `id`: `staff/<id>.html`.
    package static func staff(_ id: String) -> String { "staff/\(id).html" }

    /// The page of the class whose id (`PeopleIndex.id(for:)`) is `id`: `classes/<id>.html`.
    package static func classPage(_ id: String) -> String { "classes/\(id).html" }

    /// Every passport of the class `id`, one per printed page: `classes/<id>/passports.html`.
    package static func classPassports(_ id: String) -> String { "classes/\(id)/passports.html" }
}
