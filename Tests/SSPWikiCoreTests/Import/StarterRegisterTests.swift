import Foundation
import Testing

@testable import SSPWikiCore

/// A school's first day: `sspwiki init`, then `sspwiki import register` with the whole SEN
/// register, then a build. The need type defaults must name the starter catalogue's sections.
@Suite struct StarterRegisterTests {
    @Test func a150RowRegisterImportsIntoAProjectMadeByInitAndTheResultBuilds() throws {
        let root = NSTemporaryDirectory() + "sspwiki-init-register-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        let options = ProjectInitializer.Options(
            directory: root, setting: "Brook Green School", phase: .allThrough, today: Fixture.today)
        _ = try ProjectInitializer(options, theme: Fixture.theme(), git: IdentifiedGit()).run().get()
        let content = root + "/" + ProjectInitializer.contentFolder
        let result = try LargeRegister.importAndBuild(content: content, output: root + "/site")
        // The example draft `init` wrote is nobody on the register: listed, left alone.
        let example = "plans/\(ProjectInitializer.examplePlan.id).md"
        #expect(result.notOnRegister.map(\.path) == [example])
        #expect(result.updated.isEmpty && result.problems.isEmpty)
        #expect(Set(result.created.map(\.template)) == [.primary, .secondary])
        // Every starter section is some pupil's need, as the defaults map them.
        let (modelSite, _) = SiteBuilder().analyse(content: content, today: Fixture.today)
        let model = modelSite?.model
        let imported = try #require(model).plans.filter { $0.misID != nil }
        #expect(Set(imported.flatMap { $0.needs.map(\.indes) }) == Self.starterSections)
    }

    /// The INDES section ids `sspwiki init` writes (`starter/content/indes/`).
    static var starterSections: Set<String> {
        Set(
            BuiltinFiles.starter.keys.compactMap { path -> String? in
                guard path.hasPrefix("content/indes/"), path.hasSuffix(".md") else { return nil }
                return String(path.dropFirst("content/indes/".count).dropLast(".md".count))
            })
    }

    @Test func theDefaultNeedTypeMappingNamesEachSectionOfTheStarterCatalogue() {
        let mapped = Set(NeedTypeMapping.defaults.values.joined())
        #expect(mapped == Self.starterSections)
        #expect(NeedTypeMapping().sections(for: "PD") == ["physical-medical"])
        #expect(NeedTypeMapping().sections(for: "MSI") == ["deafness", "vision"])
    }
}
