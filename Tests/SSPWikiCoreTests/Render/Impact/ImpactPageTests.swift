import Foundation
import Testing

@testable import SSPWikiCore

/// impact.html, impact.csv and the impact section of PEaSS pages, and who they count.
@Suite final class ImpactPageTests {
    private var outputs: [String] = []

    deinit { for output in outputs { try? FileManager.default.removeItem(atPath: output) } }

    /// Builds `repo` for `audience` and returns a reader of its files.
    func build(_ repo: Fixture, audience: Audience = .staff) -> (BuildReport, (String) -> String?) {
        let output = repo.root + "-site-" + audience.rawValue
        outputs.append(output)
        var options = BuildOptions(
            content: repo.content, output: output, themeDirectories: [Fixture.defaultTheme],
            today: Day(iso: "2027-04-01")!)
        options.audience = audience
        let report = SiteBuilder().build(options)
        return (report, { try? String(contentsOfFile: output + "/" + $0, encoding: .utf8) })
    }

    @Test func impactPageCountsEachProvisionAndTerm() throws {
        let repo = ImpactFixture.repository()
        let (report, page) = build(repo)
        #expect(report.succeeded)
        let impact = try #require(page("impact.html"))
        #expect(impact.contains("content=\"noindex,nofollow\"") && impact.contains("Content-Security-Policy"))
        #expect(impact.contains("<a href=\"impact.html\" aria-current=\"page\">Impact</a>"))
        // Precision teaching: one child, T1 achieved in cycle 1 and the new T1 partly in cycle 2.
        #expect(
            impact.contains(
                "<a href=\"peass/precision-teaching.html\">Precision teaching</a><br><span class=\"muted\">1 child · 28 weeks · 23 h 13 min</span></th><td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0</td>"
            ))
        #expect(impact.contains("<td>Area of need</td><th scope=\"row\">SEMH</th><td class=\"num\">2</td>"))
        #expect(impact.contains("<td>Year group</td><th scope=\"row\">Year 3</th>"))
        #expect(
            impact.contains(
                "<td>Role</td><th scope=\"row\">Teacher</th><td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">1</td>"
            ))
        // Jacob's Lego club has no linked target.
        #expect(impact.contains("<li>Lego club at lunchtime <span class=\"muted\">(1 child, 12 weeks, 4 h 3 min)</span></li>"))
        #expect(
            impact.contains(
                "<th scope=\"row\">Spring 2027</th><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">2</td>"
            ))
        #expect(impact.contains("<td class=\"num\">£17.50 <span class=\"muted\">(1 without a rate)</span></td>"))
        #expect(impact.contains("id=\"term-reviews\""))

        let csv = try #require(page("impact.csv"))
        #expect(csv.contains("Precision teaching,precision-teaching,All,,1,27.9,23.2,2,1,1,0,0,0\r\n"))
        #expect(csv.contains("Lego club at lunchtime,,All,,1,12.1,4.0,0,0,0,0,0,0\r\n"))

        let peass = try #require(page("peass/precision-teaching.html"))
        #expect(peass.contains("Received by 1 child over 28 weeks in all"))
        #expect(
            peass.contains(
                "<td>Area of need</td><th scope=\"row\">SEMH</th><td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">1</td>"
            ))
    }

    @Test func restrictedPlansAreCountedOnlyInTheLeadsBuild() throws {
        let repo = ImpactFixture.repository()
        let lego = ImpactFixture.provision("Lego club at lunchtime", who: "TA", often: "weekly", minutes: 20, targets: "T1")
        repo.write(
            "plans/robin-hood.md",
            planText(
                name: "Robin Hood",
                extra: "access: restricted\ntargets:\n"
                    + ImpactFixture.target("T1", "Join a lunchtime club", "achieved") + "provisions:\n" + lego
                    + ImpactFixture.record("2026-12-02", "close")))
        repo.commit("Robin's plan", date: "2026-12-02")
        let (staffReport, staff) = build(repo)
        let (leadsReport, leads) = build(repo, audience: .leads)
        #expect(staffReport.succeeded && leadsReport.succeeded)
        let staffCSV = try #require(staff("impact.csv"))
        let leadsCSV = try #require(leads("impact.csv"))
        #expect(staffCSV.contains("Lego club at lunchtime,,All,,1,"))
        #expect(leadsCSV.contains("Lego club at lunchtime,,All,,2,"))
        #expect(try #require(staff("impact.html")).contains("<li>Lego club at lunchtime"))
        #expect(try #require(leads("impact.html")).contains("<th scope=\"row\">Lego club at lunchtime<br>"))
    }
}
