import Testing

@testable import SSPWikiCore

/// The quality page, the panel on plan pages and the links to them, in a built site.
@Suite("Quality page")
struct QualityPageTests {
    let site: Fixture
    let report: BuildReport

    /// Amelia's plan has two findings; Ben's plan (a copy with another name) has none.
    init() {
        var content = QualityContent().replacing("    baseline: 1 of 5 (September observation)\n", with: "")
            .replacing("Mum says Amy is chatty at home.", with: "Mum says <script>THRIVE</script> helps.")
        content.files["plans/ben-ash.md"] = QualityContent.goodPlan.replacingOccurrences(of: "Amelia Khan", with: "Ben Ash")
            .replacingOccurrences(of: "known_as: Amy\n", with: "")
        content.files["plans/old-plan.md"] = QualityContent.goodPlan.replacingOccurrences(of: "Amelia Khan", with: "Old Plan")
            .replacingOccurrences(of: "status: active", with: "status: archived")
        site = Fixture(content.allFiles)
        report = site.build(today: content.today)
    }

    @Test("the build succeeds and prints the quality warnings")
    func buildReportsWarnings() {
        #expect(report.succeeded)
        #expect(report.diagnostics.compactMap(\.rule).sorted() == ["target-no-baseline", "unexplained-acronym"])
    }

    @Test("the quality page gives the setting-wide summary and each plan's findings in plain English")
    func qualityPage() {
        let html = site.page("quality.html")
        #expect(html.contains("<li><strong>2</strong> plans in use checked</li>"))
        #expect(html.contains("<li><strong>1</strong> with nothing to check</li>"))
        #expect(html.contains("<li><strong>1</strong> with 2 things to check</li>"))
        #expect(html.contains("<a href=\"plans/ben-ash.html\">Ben Ash</a>"))
        #expect(html.contains("id=\"plan-amelia-khan\""))
        #expect(html.contains("Target T1 has no baseline (where the child is now)."))
        #expect(html.contains("add <code>baseline:</code> with today&#39;s result"))
        #expect(html.contains("<a href=\"#rule-target-no-baseline\">Target has no starting point</a>"))
        #expect(!html.contains("Old Plan"), "archived plans are not checked")
        for rule in QualityRule.catalogue { #expect(html.contains("id=\"rule-\(rule.id)\""), "\(rule.id)") }
    }

    @Test("every value on the quality page is escaped")
    func escaped() {
        #expect(site.page("quality.html").contains("The acronym &#39;THRIVE&#39; is not explained."))
        #expect(!site.page("quality.html").contains("<script>"))
    }

    @Test("a plan page has a quality panel with its findings, linked to the quality page")
    func planPanel() {
        let amelia = site.page("plans/amelia-khan.html")
        #expect(amelia.contains("<h2 id=\"quality-checks\">Quality</h2>"))
        #expect(
            amelia.contains("found 2 things to check in this plan (<a href=\"../quality.html#plan-amelia-khan\">all plans</a>)"))
        #expect(amelia.contains("Target T1 has no baseline (where the child is now)."))
        let ben = site.page("plans/ben-ash.html")
        #expect(ben.contains("The quality checks found nothing to improve in this plan."))
        #expect(!site.page("plans/old-plan.html").contains("id=\"quality-checks\""))
    }

    @Test("the home page and the navigation link to the quality page")
    func links() {
        #expect(
            site.page("index.html").contains("<a href=\"quality.html\">Plan quality</a>: 1 of 2 plans have something to check."))
        #expect(site.page("plans/ben-ash.html").contains("<a href=\"../quality.html\">Quality</a>"))
        #expect(site.page("quality.html").contains("<a href=\"quality.html\" aria-current=\"page\">Quality</a>"))
    }
}
