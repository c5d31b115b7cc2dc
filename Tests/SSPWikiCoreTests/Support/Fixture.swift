import Foundation
import Testing

@testable import SSPWikiCore

/// A temporary folder for one test, holding a content tree (`content/`) and, after a build,
/// the site (`site/`). Every fixture has its own folder; it is removed when the fixture goes away.
/// `Fixture.repository` makes one whose content is a git repository (see Fixture+Git.swift).
final class Fixture: Sendable {
    /// The fixed day every build treats as today.
    static let today = Day(iso: "2026-11-29")!

    /// The package root, found from this file's own path (Tests/SSPWikiCoreTests/Support/Fixture.swift).
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static var defaultTheme: String { packageRoot + "/themes/default" }

    /// The temporary folder holding `content/` and `site/` (for a repository: the repository).
    let root: String
    /// The content folder: `root/content` (for a repository: the repository or a sub-folder of it).
    let content: String
    /// The folder outside the content (and outside any repository) that holds the site, the build
    /// cache and the files of `writeOutside`: `root` itself, or a folder beside the repository.
    let outside: String
    /// Where `build` writes the site: `outside/site`.
    var output: String { outside + "/site" }

    /// A fixture of the folders `root`, `content` and `outside`, created empty.
    init(root: String, content: String, outside: String) {
        self.root = root
        self.content = content
        self.outside = outside
        for folder in [content, outside] {
            try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
    }

    /// A fresh folder whose `content/` holds `files` (path relative to content → file text).
    convenience init(_ files: [String: String] = [:]) {
        let root =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("sspwiki-test-\(UUID().uuidString)").path
        self.init(root: root, content: root + "/content", outside: root)
        for (path, text) in files { write(path, text) }
    }

    /// A fresh folder whose `content/` holds the content set `base` (for example `ViewsContent.files`)
    /// changed by `change`.
    convenience init(_ base: [String: String], change: (inout [String: String]) -> Void) {
        var files = base
        change(&files)
        self.init(files)
    }

    /// A fixture holding the minimal valid content tree, changed by `change`.
    convenience init(minimal change: (inout [String: String]) -> Void) {
        self.init(MinimalContent.files, change: change)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
        try? FileManager.default.removeItem(atPath: outside)
    }

    // MARK: Writing content

    /// Writes UTF-8 text to `path` under content/, creating folders as needed.
    func write(_ path: String, _ text: String) {
        writeBytes(path, Array(text.utf8))
    }

    /// Writes raw bytes to `path` under content/ (for files that are not valid UTF-8).
    func writeBytes(_ path: String, _ bytes: [UInt8]) {
        let target = content + "/" + path
        let folder = (target as NSString).deletingLastPathComponent
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try! Data(bytes).write(to: URL(fileURLWithPath: target))
    }

    /// Makes `path` under content/ a symbolic link to `destination` (absolute or relative to the link).
    func symlink(_ path: String, to destination: String) {
        let target = content + "/" + path
        let folder = (target as NSString).deletingLastPathComponent
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try! FileManager.default.createSymbolicLink(atPath: target, withDestinationPath: destination)
    }

    /// Writes a file outside content/ (beside it, in `outside`) and returns its absolute path.
    @discardableResult
    func writeOutside(_ name: String, _ text: String) -> String {
        let target = outside + "/" + name
        try! Data(text.utf8).write(to: URL(fileURLWithPath: target))
        return target
    }

    func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: content + "/" + path)
    }

    // MARK: Running the pipeline

    /// Builds content/ into site/ with the default theme, treating `today` as today.
    @discardableResult
    func build(today: Day = Fixture.today) -> BuildReport {
        SiteBuilder().build(
            BuildOptions(
                content: content, output: output,
                themeDirectories: [Fixture.defaultTheme], today: today))
    }

    /// Builds like `build`, and records an issue listing every diagnostic when the build fails.
    @discardableResult
    func buildExpectingSuccess(
        today: Day = Fixture.today,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> BuildReport {
        let report = build(today: today)
        #expect(report.succeeded, "build failed:\n\(Fixture.formatted(report.diagnostics))", sourceLocation: sourceLocation)
        return report
    }

    /// Loads, parses, validates and links content/ and runs the quality rules, without writing
    /// anything; `previousPlanNumbers` stands for the plans' previous versions in git.
    func analyse(
        today: Day = Fixture.today, previousPlanNumbers: [String: Int] = [:]
    )
        -> (model: ContentModel?, graph: LinkGraph, diagnostics: [Diagnostic])
    {
        let (site, diagnostics) = analysedSite(today: today, previousPlanNumbers: previousPlanNumbers)
        return (site?.model, site?.graph ?? LinkGraph(), diagnostics)
    }

    /// The whole result of analysis (`AnalysedSite`: model, graph, history, quality report),
    /// for tests that render it or read what analysis found.
    func analysedSite(
        today: Day = Fixture.today, previousPlanNumbers: [String: Int] = [:], audience: Audience = .staff
    ) -> (site: AnalysedSite?, diagnostics: [Diagnostic]) {
        SiteBuilder().analyse(
            content: content, today: today, previousPlanNumbers: previousPlanNumbers, audience: audience)
    }

    /// `diagnostics` as the command line prints them, for failure messages.
    static func formatted(_ diagnostics: [Diagnostic]) -> String {
        DiagnosticFormatter(contentPrefix: "content").format(all: diagnostics)
    }

    // MARK: Reading the site

    /// The text of a built file (path relative to site/), or nil when it was not written.
    func siteText(_ path: String) -> String? {
        FileManager.default.contents(atPath: output + "/" + path).flatMap { String(data: $0, encoding: .utf8) }
    }

    /// The text of a built page, or "" when it was not written (so every `contains` on it fails).
    func page(_ path: String) -> String {
        siteText(path) ?? ""
    }

    /// The bytes of a built file, or nil when it was not written.
    func siteBytes(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: output + "/" + path).map { [UInt8]($0) }
    }

    func siteHas(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: output + "/" + path)
    }

    /// Every file of the site (relative paths, including hidden ones), sorted.
    func siteFiles() -> [String] {
        Fixture.files(under: output)
    }

    /// Every built HTML file with its text.
    func htmlPages() -> [(path: String, text: String)] {
        siteFiles().filter { $0.hasSuffix(".html") }.compactMap { path in siteText(path).map { (path, $0) } }
    }

    /// Every file of the site with its bytes, for byte-for-byte comparisons.
    func siteSnapshot() -> [String: Data] {
        var snapshot: [String: Data] = [:]
        for path in siteFiles() {
            snapshot[path] = FileManager.default.contents(atPath: output + "/" + path) ?? Data()
        }
        return snapshot
    }

    static func files(under folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let rel = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + rel, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(rel)
            }
        }
        return found.sorted()
    }
}

extension Fixture {
    /// Replaces `old` with `new` in a content file on disk; records an issue if `old` is not there.
    func edit(
        _ path: String, replacing old: String, with new: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let file = content + "/" + path
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8),
            text.contains(old)
        else {
            Issue.record("'\(old)' is not in \(path)", sourceLocation: sourceLocation)
            return
        }
        write(path, text.replacingOccurrences(of: old, with: new))
    }
}
