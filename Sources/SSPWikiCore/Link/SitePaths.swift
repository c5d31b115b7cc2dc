/// Paths from the site root of the pages that are not content pages of their own (a plan's
/// passport, a class page and its passports), made in this one place so that the jobs that
/// write them and the links that point to them agree. Content pages use `PageRef.sitePath`.
public enum SitePaths {
    /// The one-page pupil passport of the plan `id`: `plans/<id>/passport.html`.
    public static func passport(ofPlan id: String) -> String { "plans/\(id)/passport.html" }

    /// The page of the class whose id (`PeopleIndex.id(for:)`) is `id`: `classes/<id>.html`.
    public static func classPage(_ id: String) -> String { "classes/\(id).html" }

    /// Every passport of the class `id`, one per printed page: `classes/<id>/passports.html`.
    public static func classPassports(_ id: String) -> String { "classes/\(id)/passports.html" }
}
