import Foundation
import Testing

@testable import SSPWikiCore

/// Real git with a fixed identity, so that commits work on a machine with no git config.
struct IdentifiedGit: GitRunner {
    func run(_ arguments: [String], in directory: String, input: [UInt8]?) -> GitOutput {
        ProcessGitRunner().run(
            [
                "-c", "user.name=Test Author", "-c", "user.email=test@example.invalid",
                "-c", "init.defaultBranch=main",
            ] + arguments, in: directory, input: input)
    }
}

@Suite struct ProjectInitializerTests {
    let today = Day(iso: "2026-12-05")!

    func scratch() -> String { NSTemporaryDirectory() + "sspwiki-init-" + UUID().uuidString }

    func initialise(
        _ directory: String, setting: String = "Brook Green Primary", phase: Phase = .primary,
        force: Bool = false
    ) -> Result<ProjectInitializer.Report, Diagnostic> {
        var options = ProjectInitializer.Options(directory: directory, setting: setting, phase: phase, today: today)
        options.force = force
        return ProjectInitializer(options, theme: Fixture.theme(), git: IdentifiedGit()).run()
    }

    @Test func theNewProjectBuildsWithWarningsOnlyAboutTheExampleDraft() throws {
        let root = scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let report = try initialise(root + "/school", setting: "St Anne's: \"Brook\" Green #1").get()
        #expect(report.written.contains("content/site.yml"))
        #expect(report.written.contains("content/plans/example-pupil.md"))
        #expect(report.written.contains(".gitignore"))
        #expect(report.kept == [])
        let content = root + "/school/content"
        for folder in ["indes", "peass", "pages"] {
            #expect(try FileManager.default.contentsOfDirectory(atPath: content + "/" + folder).count >= 1, "\(folder) is empty")
        }
        let result = SiteBuilder().build(
            BuildOptions(content: content, output: root + "/school/site", themeDirectories: [], today: today))
        #expect(result.diagnostics.filter { $0.severity == .error } == [])
        #expect(result.diagnostics.filter { !$0.location.file.hasSuffix("plans/example-pupil.md") } == [])
        let home = try String(contentsOfFile: root + "/school/site/index.html", encoding: .utf8)
        #expect(
            home.contains("St Anne&#39;s: &quot;Brook&quot; Green #1")
                || home.contains("St Anne&#x27;s: &quot;Brook&quot; Green #1"))
        #expect(FileManager.default.fileExists(atPath: root + "/school/site/pages/using-sspwiki.html"))
        // The example is a draft: checked, never published.
        #expect(!FileManager.default.fileExists(atPath: root + "/school/site/plans/example-pupil.html"))
        let (modelSite, _) = SiteBuilder().analyse(content: content, today: today)
        let model = modelSite?.model
        #expect(model?.config.setting == "St Anne's: \"Brook\" Green #1")
        #expect(model?.config.phase == .primary)
        #expect(model?.config.academicYearStart == Day(iso: "2026-09-01"))
    }

    @Test func theStarterCataloguesSayTheyAreToBeReplaced() throws {
        let root = scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try initialise(root).get()
        for folder in ["indes", "peass"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: root + "/content/" + folder) {
                let text = try String(contentsOfFile: root + "/content/\(folder)/\(name)", encoding: .utf8)
                #expect(text.contains("Replace it with your local authority"), "\(folder)/\(name)")
                #expect(!text.contains("Marram Heath"), "\(folder)/\(name) names the demo setting")
            }
        }
    }

    @Test func gitRepositoryHookAndFirstCommit() throws {
        let root = scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let report = try initialise(root).get()
        #expect(report.notes.first == "made a git repository")
        #expect(report.notes.contains("committed the starter files"))
        let hook = root + "/.git/hooks/pre-commit"
        #expect(FileManager.default.isExecutableFile(atPath: hook))
        #expect(try String(contentsOfFile: hook, encoding: .utf8).contains("content='content'"))
        let log = IdentifiedGit().run(["log", "--format=%s", "--name-only"], in: root, input: nil)
        let text = String(decoding: log.stdout, as: UTF8.self)
        #expect(text.hasPrefix("Start the support plans of Brook Green Primary with sspwiki"))
        #expect(text.contains("content/site.yml") && text.contains(".gitignore"))
        for path in ["site/index.html", ".sspwiki-cache/pages", "site.tmp-1/x"] {
            #expect(IdentifiedGit().run(["check-ignore", "-q", path], in: root, input: nil).succeeded, "\(path) is not ignored")
        }
        #expect(!IdentifiedGit().run(["check-ignore", "-q", "content/plans/a.md"], in: root, input: nil).succeeded)
    }

    @Test func insideAnExistingRepositoryNoRepositoryOrHookIsMade() throws {
        let root = scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        #expect(IdentifiedGit().run(["init", "-q"], in: root, input: nil).succeeded)
        let report = try initialise(root + "/send").get()
        #expect(report.notes.count == 1)
        #expect(report.notes[0].hasPrefix("the folder is inside a git repository already"))
        #expect(!FileManager.default.fileExists(atPath: root + "/send/.git"))
        #expect(!FileManager.default.fileExists(atPath: root + "/.git/hooks/pre-commit"))
    }

    @Test func aFolderThatIsNotEmptyIsRefusedAndForceNeverOverwrites() throws {
        let root = scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/content", withIntermediateDirectories: true)
        let ours = "setting: Our Own Settings\n"
        try ours.write(toFile: root + "/content/site.yml", atomically: true, encoding: .utf8)
        guard case .failure(let problem) = initialise(root) else {
            Issue.record("a folder with files was accepted")
            return
        }
        #expect(problem.message == "\(root) is not empty")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/content") == ["site.yml"])

        let report = try initialise(root, force: true).get()
        #expect(report.kept == ["content/site.yml"])
        #expect(try String(contentsOfFile: root + "/content/site.yml", encoding: .utf8) == ours)
        #expect(FileManager.default.fileExists(atPath: root + "/content/indes/semh.md"))
    }

    @Test func aSecondaryPhaseStartsTheExampleFromTheSecondaryArchetype() throws {
        let root = scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try initialise(root, phase: .secondary).get()
        let plan = try String(contentsOfFile: root + "/content/plans/example-pupil.md", encoding: .utf8)
        let archetype = try #require(Fixture.theme().archetypes["plan-secondary.md"]?.text())
        #expect(plan.contains("case_holder") == archetype.contains("case_holder"))
        #expect(plan.contains("name: Sam Example"))
    }

    @Test(arguments: [
        ("2026-12-05", "2026-09-01"), ("2027-03-01", "2026-09-01"), ("2026-09-01", "2026-09-01"), ("2026-08-31", "2025-09-01"),
    ])
    func theSchoolYearStartsOnTheFirstOfSeptember(day: String, start: String) {
        #expect(ProjectInitializer.academicYearStart(around: Day(iso: day)!) == Day(iso: start))
    }
}
