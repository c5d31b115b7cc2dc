import Foundation
import Testing

@testable import SSPWikiCore

@Suite struct ScaffolderTests {
    let start = Day(iso: "2026-09-07")!

    func scaffolder(_ fixture: Fixture) -> Scaffolder {
        Scaffolder(content: fixture.content, theme: Fixture.theme())
    }

    @Test(arguments: [(Scaffolder.PlanTemplate.primary, Stage.senSupport), (.secondary, .ehcp), (.primary, .ehcp)])
    func newPlanBuildsWithNoErrorsOnceActive(template: Scaffolder.PlanTemplate, stage: Stage) throws {
        let fixture = Fixture.authoring()
        let result = scaffolder(fixture).newPlan(
            id: "zara-ali", name: "Zara O'Neill-Ali: test", template: template,
            stage: stage, start: start)
        #expect(try result.get() == "plans/zara-ali.md")
        let text = try fixture.read("plans/zara-ali.md")
        // A draft first: checked, but not published.
        #expect(text.contains("status: draft"))
        let (modelSite, diagnostics) = SiteBuilder().analyse(content: fixture.content, today: start)
        let model = modelSite?.model
        #expect(diagnostics.filter { $0.severity == .error } == [])
        let plan = try #require(model?.plans.first { $0.id == "zara-ali" })
        #expect(plan.name == "Zara O'Neill-Ali: test")
        #expect(plan.stage == stage)
        #expect(plan.start == start)
        #expect(plan.review == Day(iso: "2026-11-30"))
        #expect(plan.targets.map(\.id) == ["T1"])
        #expect(plan.provisions.first?.targets == ["T1"])
        #expect(plan.reviewRecord?.isFilled != true)
        #expect((plan.targets.first?.linksTo != nil) == (stage == .ehcp))
        for heading in ["About me", "Family views", "Strengths", "What I find difficult", "How to help me", "Review notes"] {
            #expect(text.contains("## \(heading)\n"))
        }

        fixture.write("plans/zara-ali.md", text.replacingOccurrences(of: "status: draft ", with: "status: active"))
        let report = SiteBuilder().build(
            BuildOptions(
                content: fixture.content, output: fixture.root + "/site",
                themeDirectories: [Fixture.defaultTheme], today: start))
        #expect(report.diagnostics.filter { $0.severity == .error } == [])
        #expect(FileManager.default.fileExists(atPath: fixture.root + "/site/plans/zara-ali.html"))
    }

    @Test func newPlanRefusesToOverwriteAnExistingPlanAnywhereUnderPlans() throws {
        let fixture = Fixture.authoring(["plans/year-3/zara-ali.md": "---\nname: Zara Ali\n---\n"])
        let before = try fixture.read("plans/amy-khan.md")
        for id in ["amy-khan", "zara-ali"] {
            let result = scaffolder(fixture).newPlan(
                id: id, name: "Someone Else", template: .primary, stage: .senSupport, start: start)
            guard case .failure(let problem) = result else {
                Issue.record("overwrote \(id)")
                continue
            }
            #expect(problem.message == "a plan with the id '\(id)' already exists")
        }
        #expect(try fixture.read("plans/amy-khan.md") == before)
        #expect(!FileManager.default.fileExists(atPath: fixture.content + "/plans/zara-ali.md"))
    }

    @Test(arguments: ["Amy-Khan", "1st-plan", "amy_khan", "../amy", "", String(repeating: "a", count: 65)])
    func newRefusesAnInvalidID(id: String) throws {
        let fixture = Fixture.authoring()
        let plan = scaffolder(fixture).newPlan(id: id, name: "A B", template: .primary, stage: .senSupport, start: start)
        let page = scaffolder(fixture).newPage(id: id, title: "A page")
        for result in [plan, page] {
            guard case .failure(let problem) = result else {
                Issue.record("accepted '\(id)'")
                continue
            }
            #expect(problem.message == "'\(id)' is not a valid id")
            #expect(problem.hint == ContentID.rule)
        }
    }

    @Test func newPageBuildsAndRefusesToOverwrite() throws {
        let fixture = Fixture.authoring()
        #expect(
            try scaffolder(fixture).newPage(id: "apdr-calendar", title: "Our APDR calendar: 2026-27").get()
                == "pages/apdr-calendar.md")
        let written = try fixture.read("pages/apdr-calendar.md")
        let again = scaffolder(fixture).newPage(id: "apdr-calendar", title: "Another")
        guard case .failure(let problem) = again else {
            Issue.record("overwrote the page")
            return
        }
        #expect(problem.message == "pages/apdr-calendar.md already exists and will not be overwritten")
        #expect(try fixture.read("pages/apdr-calendar.md") == written)
        let (modelSite, diagnostics) = SiteBuilder().analyse(content: fixture.content)
        let model = modelSite?.model
        #expect(diagnostics.filter { $0.severity == .error } == [])
        #expect(model?.pages.first?.title == "Our APDR calendar: 2026-27")
    }

    @Test func reviewDatesFallOneTermLaterOnAWeekday() {
        // 2026-09-07 is a Monday: 12 weeks later is a Monday too.
        #expect(ReviewCycle.nextReview(after: Day(iso: "2026-09-07")!) == Day(iso: "2026-11-30"))
        // A Saturday and a Sunday 12 weeks on move back to the Friday.
        #expect(ReviewCycle.nextReview(after: Day(iso: "2026-09-12")!) == Day(iso: "2026-12-04"))
        #expect(ReviewCycle.nextReview(after: Day(iso: "2026-09-13")!) == Day(iso: "2026-12-04"))
    }
}
