import Foundation
import Testing

@testable import SSPWikiCore

/// One golden site: which content it is built from, with what history and for which audience.
struct GoldenCase: Sendable, CustomTestStringConvertible {
    /// A commit of the case's repository: the content folder `content` laid over the previous
    /// commit's files (`nil` for the case's own content), committed on `date` as `message`.
    struct Commit: Sendable {
        let content: String?
        let date: String
        let message: String
        let author: String
    }

    let name: String
    let content: String
    let audience: Audience
    /// The commits of the case's repository, oldest first; empty for content outside git.
    let commits: [Commit]

    var testDescription: String { name }

    static let all = [
        GoldenCase(name: "school", content: "school", audience: .staff, commits: []),
        GoldenCase(name: "school-leads", content: "school", audience: .leads, commits: []),
        GoldenCase(
            name: "history", content: "school", audience: .staff,
            commits: [
                Commit(
                    content: "first-versions", date: "2026-04-20", message: "Amy's plan for the summer term", author: "Dana Evans"
                ),
                Commit(content: nil, date: "2026-09-08", message: "Plans for the autumn term", author: "Sam Patel"),
            ]),
    ]

    /// Builds the case on `Fixture.today` into a temporary folder: the site's path, the build's
    /// report and a function removing every temporary file.
    func build() -> (site: String, report: BuildReport, cleanUp: () -> Void) {
        let source = GoldenSiteTests.folder + "/content/" + content
        let repository = commits.isEmpty ? nil : Fixture.repository()
        for commit in commits {
            guard let repository else { break }
            copy(source, into: repository.content)
            if let overlay = commit.content { copy(GoldenSiteTests.folder + "/content/" + overlay, into: repository.content) }
            repository.commit(commit.message, author: commit.author, date: commit.date)
        }
        let root = NSTemporaryDirectory() + "sspwiki-golden-" + UUID().uuidString
        let contentFolder = repository?.content ?? root + "/content"
        if repository == nil { copy(source, into: contentFolder) }
        var options = BuildOptions(
            content: contentFolder, output: root + "/site", themeDirectories: [Fixture.defaultTheme],
            today: Fixture.today, history: !commits.isEmpty)
        options.audience = audience
        let report = SiteBuilder().build(options)
        // The repository's folder goes when the fixture does, after the last use of the site.
        return (
            root + "/site", report,
            { [repository] in
                withExtendedLifetime(repository) { try? FileManager.default.removeItem(atPath: root) }
            }
        )
    }

    /// Copies every file under `from` to the same place under `folder`, replacing what is there.
    private func copy(_ from: String, into folder: String) {
        for path in Fixture.files(under: from) {
            let target = folder + "/" + path
            try? FileManager.default.createDirectory(
                atPath: (target as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true)
            try? FileManager.default.removeItem(atPath: target)
            try? FileManager.default.copyItem(atPath: from + "/" + path, toPath: target)
        }
    }
}
