import Foundation
import Testing

@testable import SSPWikiCore

/// The promise of the staff build: nothing marked confidential, now or in any committed
/// version, reaches any file of it — pages, past versions, search files, CSV, calendar.
@Suite("Confidential canaries")
final class ConfidentialCanaryTests {
    let repo = AudienceFixture.repository()
    let staff: String
    let leads: String
    let staffReport: BuildReport
    let leadsReport: BuildReport

    init() {
        staff = repo.root + "-staff"
        leads = repo.root + "-leads"
        var options = BuildOptions(
            content: repo.content, output: staff, themeDirectories: [Fixture.defaultTheme], today: Fixture.today)
        staffReport = SiteBuilder().build(options)
        options.output = leads
        options.audience = .leads
        leadsReport = SiteBuilder().build(options)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: staff)
        try? FileManager.default.removeItem(atPath: leads)
    }

    /// Every file of a built site with its text.
    func files(_ site: String) -> [(path: String, text: String)] {
        Fixture.files(under: site).compactMap { path in
            FileManager.default.contents(atPath: site + "/" + path).map { (path, String(decoding: $0, as: UTF8.self)) }
        }
    }

    func text(_ site: String, _ path: String) -> String {
        (try? String(contentsOfFile: site + "/" + path, encoding: .utf8)) ?? ""
    }

    @Test("the staff build holds no canary and no confidential flag in any file, past versions included")
    func staffHoldsNothing() throws {
        #expect(staffReport.succeeded, "\(Fixture.formatted(staffReport.diagnostics))")
        let all = files(staff)
        #expect(all.contains { $0.path.hasPrefix("plans/amelia-khan/rev/") }, "past versions were built")
        #expect(all.contains { $0.path.hasPrefix("search/") && $0.path.hasSuffix(".js") })
        #expect(all.contains { $0.path.hasSuffix(".csv") } && all.contains { $0.path.hasSuffix(".ics") })
        for (path, text) in all {
            #expect(text.range(of: "zqcanary", options: .caseInsensitive) == nil, "a canary in \(path)")
            for word in AudienceFixture.flagWords { #expect(!text.contains(word), "'\(word)' in \(path)") }
        }
        #expect(!all.contains { $0.path.contains("zqcanary") }, "a file named after the restricted plan")
    }

    @Test("a link to a restricted plan shows its known-as name or the link's label, without a link")
    func linksBecomeNames() {
        let page = text(staff, "plans/amelia-khan.html")
        #expect(page.contains("My friend is Robin and my cousin."))
        #expect(!page.contains(">Confidential</h2>"), "no Confidential section or panel")
        #expect(text(staff, "plans/amelia-khan.html").contains("Give me time."))
        #expect(!text(staff, "index.html").contains("confidential-build"))
    }

    @Test("the leads build shows every canary where it belongs, and says it is confidential on every page")
    func leadsShowEverything() throws {
        #expect(leadsReport.succeeded, "\(Fixture.formatted(leadsReport.diagnostics))")
        let plan = text(leads, "plans/amelia-khan.html")
        for (place, canary) in AudienceFixture.current where place != "restricted plan" {
            #expect(plan.contains(canary), "\(place) missing from the leads plan page")
        }
        #expect(plan.contains("Child in care") && plan.contains("Young carer"))
        #expect(plan.contains("href=\"../plans/zqcanaryrid.html\""))
        #expect(plan.contains(">Confidential</h2>"))
        #expect(text(leads, "plans/zqcanaryrid.html").contains("Zqcanaryrestricted Child"))
        #expect(text(leads, "plans/zqcanaryrid.html").contains("zqcanaryrestrictedbody"))
        let past = files(leads).filter { $0.path.hasPrefix("plans/amelia-khan/rev/") }.map(\.text).joined()
        for (place, canary) in AudienceFixture.current where place != "restricted plan" {
            #expect(past.contains(canary + "old"), "\(place) missing from the leads past version")
        }
        #expect(text(leads, "plans/amelia-khan/history.html").contains("Confidential details changed"))
        #expect(files(leads).contains { $0.path.hasPrefix("search/") && $0.text.contains("zqcanary") })
        #expect(text(leads, "reviews.ics").contains("zqcanaryrid"))
        for (path, page) in files(leads) where path.hasSuffix(".html") {
            #expect(
                page.contains(
                    "<p class=\"confidential-build\" role=\"note\"><strong>Confidential information.</strong> This copy of the site is for SENDCo and DSL only"
                ),
                "\(path) lacks the confidential banner")
        }
    }
}
