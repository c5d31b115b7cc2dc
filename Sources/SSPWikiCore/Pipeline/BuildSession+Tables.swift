import Foundation

/// How a rebuild brings the session's page and fingerprint tables up to date.
extension BuildSession {
    /// What one rebuild made, to be put in `pages` and `fingerprints`.
    struct Outcome {
        let jobs: [SiteRenderer.Job]
        /// The jobs' paths, and whether they are those the tables were last made from (`staleJobs`).
        let paths: [String]
        let samePaths: Bool
        let prints: [String]
        /// Indexes of the jobs whose fingerprint changed or whose page is missing.
        let stale: [Int]
        /// Paths of the stale jobs left for `file(at:)` to render (`lazyLists`).
        let waiting: Set<String>
        /// The pages rendered now, and the search files whose text changed.
        let fresh: [String: OutputFile]
        let searchFiles: [(path: String, text: String)]
    }

    /// Puts a rebuild's pages and fingerprints in the tables and returns the paths of pages
    /// rendered anew or removed, sorted.
    ///
    /// A page keeps its place when its fingerprint is unchanged; a waiting page leaves the
    /// tables until it is asked for; the search files are those made now (or, with
    /// `lazyLists`, none until asked for). When the jobs' paths are those of the last update
    /// and none repeats (a one-plan edit), only the stale jobs' entries are touched.
    func update(with outcome: Outcome) -> [String] {
        let paths = outcome.paths
        guard outcome.samePaths else { return replace(with: outcome, paths: paths) }
        for index in outcome.stale {
            let path = paths[index]
            if outcome.waiting.contains(path) {
                pages[path] = nil
                fingerprints[path] = nil
            } else if let file = outcome.fresh[path] ?? pages[path] {
                pages[path] = file
                fingerprints[path] = outcome.prints[index]
            } else {
                fingerprints[path] = nil
            }
            tables.prints[index] = fingerprints[path]
        }
        let made = Set(outcome.searchFiles.map(\.path))
        let gone = pages.keys.filter { Pending.isSearchFile($0) && !made.contains($0) }
        // With lazy lists the search files wait for `file(at:)`; otherwise an old one is gone.
        for path in gone { pages[path] = nil }
        let removed = lazyLists ? [] : gone
        for file in outcome.searchFiles { pages[file.path] = outcome.fresh[file.path] ?? pages[file.path] }
        return Set(outcome.fresh.keys).union(removed).sorted()
    }

    /// Makes the tables anew from every job, as when the jobs' paths changed.
    private func replace(with outcome: Outcome, paths: [String]) -> [String] {
        var newPages: [String: OutputFile] = [:]
        newPages.reserveCapacity(paths.count + outcome.searchFiles.count)
        var newPrints: [String: String] = [:]
        newPrints.reserveCapacity(paths.count)
        for (index, path) in paths.enumerated() where !outcome.waiting.contains(path) {
            guard let file = outcome.fresh[path] ?? pages[path] else { continue }
            newPages[path] = file
            newPrints[path] = outcome.prints[index]
        }
        for file in outcome.searchFiles { newPages[file.path] = outcome.fresh[file.path] ?? pages[file.path] }
        let kept = Set(newPages.keys).union(outcome.waiting)
            .union(lazyLists ? Set(pages.keys.filter(Pending.isSearchFile)) : [])
        let changed = Set(outcome.fresh.keys).union(Set(pages.keys).subtracting(kept)).sorted()
        let retired = LaterRelease((pages, fingerprints))
        pages = newPages
        fingerprints = newPrints
        retired.release()
        tables = PageTables(paths: paths, unique: Set(paths).count == paths.count, prints: paths.map { newPrints[$0] })
        return changed
    }

    /// Indexes of the jobs (by `paths`) whose fingerprint is not that of the page held, or
    /// that have no page; and whether `paths` are those of the tables. With the same paths, the
    /// fingerprints are compared place by place rather than looked up by path.
    func staleJobs(paths: [String], prints: [String]) -> (stale: [Int], samePaths: Bool) {
        guard paths == tables.paths, tables.unique else {
            return (paths.indices.filter { fingerprints[paths[$0]] != prints[$0] || pages[paths[$0]] == nil }, false)
        }
        return (paths.indices.filter { tables.prints[$0] != prints[$0] }, true)
    }

    /// Notes the fingerprint of the page at `path` just rendered for `file(at:)`, at `index`
    /// among the jobs of the rebuild that left it waiting.
    func held(_ print: String, at path: String, index: Int) {
        fingerprints[path] = print
        if tables.unique, tables.paths.indices.contains(index), tables.paths[index] == path { tables.prints[index] = print }
    }

    /// The job paths the tables were last made from, whether no path repeats among them, and
    /// the fingerprint in `fingerprints` of each (nil when no page is held for it): a page is
    /// held whenever its fingerprint is.
    struct PageTables {
        var paths: [String] = []
        var unique = false
        var prints: [String?] = []
    }
}
