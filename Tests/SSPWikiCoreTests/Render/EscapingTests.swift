import Foundation
import Testing

@testable import SSPWikiCore

/// Hostile text in any field is shown as text, never run as markup, on every page it reaches.
@Suite("Escaping hostile values")
struct EscapingTests {
    /// The minimal content with a hostile value in every kind of field.
    static func hostileSite() -> (Fixture, BuildReport) {
        builtSite { files in
            files["site.yml"] = "setting: \"<script>alert(4)</script>\"\n"
            files["glossary.yml"] = "SALT: \"\\\"><script>alert(3)</script>\"\nELSA: Emotional Literacy Support Assistant\n"
            files.edit("plans/amelia-khan.md", replacing: "name: Amelia Khan", with: "name: \"<script>alert(1)</script>\"")
            files.edit("plans/amelia-khan.md", replacing: "known_as: Amy", with: "known_as: '\" onerror=\"alert(1)'")
            files.edit("plans/amelia-khan.md", replacing: "class: Kestrels", with: "class: \"'><img src=x>\"")
            files.edit(
                "plans/amelia-khan.md", replacing: "teacher: Mrs J Patel", with: "teacher: \"</dd><script>alert(10)</script>\"")
            files.edit(
                "plans/amelia-khan.md", replacing: "medical: Asthma; inhaler kept in the class first-aid box",
                with: "medical: \"<svg onload=alert(11)>\"")
            files.edit(
                "plans/amelia-khan.md", replacing: "    note: Held by the school office",
                with: "    note: \"<iframe src=//evil.example>\"")
            files.edit(
                "plans/amelia-khan.md", replacing: "summary: Finds multi-step spoken instructions hard to follow",
                with: "summary: \"<img src=x onerror=alert(8)>\"")
            files.edit(
                "plans/amelia-khan.md", replacing: "outcome: Follow a two-step spoken instruction without an adult prompt",
                with: "outcome: \"<script>alert(2)</script>\"")
            files.edit(
                "plans/amelia-khan.md", replacing: "- what: Visual timetable at desk, checked with the TA each lesson",
                with: "- what: \"<img src=x onerror=alert(1)>\"")
            files.edit("plans/amelia-khan.md", replacing: "who: Class TA", with: "who: \"<script>alert(9)</script>\"")
            files.edit(
                "plans/amelia-khan.md", replacing: "access_arrangements: [25% extra time, reader]",
                with: "access_arrangements: [\"<b onmouseover=alert(12)>x</b>\"]")
            files.edit(
                "plans/amelia-khan.md", replacing: "- agency: Speech and Language Therapy",
                with: "- agency: \"<script>alert(13)</script>\"")
            files.edit(
                "plans/amelia-khan.md", replacing: "worked_well: Visual timetable used independently by November",
                with: "worked_well: \"<a href=javascript:alert(14)>x</a>\"")
            files.edit(
                "plans/amelia-khan.md", replacing: "photo: media/amelia-khan.jpg",
                with: "photo: 'media/amy\" onerror=\"alert(15).jpg'")
            files["media/amy\" onerror=\"alert(15).jpg"] = "photo"
            files.edit(
                "plans/amelia-khan.md", replacing: "I like drawing and horses.", with: "I see the SALT. [[page:apdr-calendar]]")
            files.edit(
                "indes/speech-language.md", replacing: "label: Significant needs",
                with: "label: \"<b onmouseover=alert(6)>x</b>\"")
            files.edit(
                "peass/visual-timetable.md", replacing: "title: Visual timetable", with: "title: \"<script>alert(16)</script>\"")
            files["pages/apdr-calendar.md"] =
                "---\ntitle: \"<img src=x onerror=alert(5)>\"\n---\nSee [[plan:amelia-khan]] and [[plan:jacob-khan]].\n"
        }
    }

    @Test func noBuiltPageContainsRunnableMarkup() {
        let (fixture, report) = EscapingTests.hostileSite()
        #expect(report.succeeded)
        let pages = fixture.htmlPages()
        #expect(pages.count >= 10)
        for (path, html) in pages {
            #expect(unsafeMarkup(in: html).isEmpty, "\(path): \(unsafeMarkup(in: html))")
            #expect(!html.contains("<script>"), "\(path)")
            #expect(!html.contains("<img src=x"), "\(path)")
            #expect(!html.contains("<svg onload"), "\(path)")
            #expect(!html.contains("<iframe"), "\(path)")
            #expect(!html.contains("<b onmouseover"), "\(path)")
        }
    }

    @Test func theHostileValuesAreShownAsText() throws {
        let (fixture, _) = EscapingTests.hostileSite()
        let plan = try #require(fixture.siteText("plans/amelia-khan.html"))
        #expect(plan.contains("<h1 id=\"plan-title\">&lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
        #expect(plan.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; · &lt;script&gt;alert(4)&lt;/script&gt;</title>"))
        #expect(plan.contains("alt=\"Photo of &quot; onerror=&quot;alert(1)\""))
        #expect(plan.contains("src=\"../media/amy&quot; onerror=&quot;alert(15).jpg\""))
        #expect(fact(plan, "Class") == "&#39;&gt;&lt;img src=x&gt;")
        #expect(fact(plan, "Teacher") == "&lt;/dd&gt;&lt;script&gt;alert(10)&lt;/script&gt;")
        #expect(fact(plan, "Medical") == "&lt;svg onload=alert(11)&gt;")
        #expect(plan.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(plan.contains("<p class=\"target-outcome\">&lt;script&gt;alert(2)&lt;/script&gt;</p>"))
        #expect(plan.contains("<abbr title=\"&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;\">"))
        #expect(plan.contains("<a href=\"../pages/apdr-calendar.html\">&lt;img src=x onerror=alert(5)&gt;</a>"))
    }

    @Test func hostileValuesAreEscapedOnTheListsAndCataloguePages() throws {
        let (fixture, _) = EscapingTests.hostileSite()
        let index = try #require(fixture.siteText("index.html"))
        #expect(
            index.contains(
                ">&lt;script&gt;alert(1)&lt;/script&gt;</a> <span class=\"muted\">(&quot; onerror=&quot;alert(1))</span>"))
        let indes = try #require(fixture.siteText("indes/speech-language.html"))
        #expect(indes.contains("&lt;b onmouseover=alert(6)&gt;x&lt;/b&gt;"))
        #expect(indes.contains("&lt;img src=x onerror=alert(8)&gt;"))
        let peass = try #require(fixture.siteText("peass/visual-timetable.html"))
        #expect(peass.contains("<h1 id=\"page-title\">&lt;script&gt;alert(16)&lt;/script&gt;</h1>"))
        #expect(peass.contains("<td>&lt;script&gt;alert(9)&lt;/script&gt;</td>"))
        let glossary = try #require(fixture.siteText("glossary.html"))
        #expect(glossary.contains("<dd>&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;</dd>"))
        let pages = try #require(fixture.siteText("pages/index.html"))
        #expect(pages.contains(">&lt;img src=x onerror=alert(5)&gt;</a>"))
        let jacob = try #require(fixture.siteText("plans/jacob-khan.html"))
        #expect(jacob.contains(">&lt;script&gt;alert(1)&lt;/script&gt;</a>"), "related plan and backlink names are escaped")
    }

    @Test func htmlEscapeCoversQuotesAndAmpersands() {
        #expect(
            HTML.escape("<a href=\"x\" title='y'>&amp;</a>")
                == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;")
        #expect(HTML.escape("Amy — Ümlaut ok") == "Amy — Ümlaut ok")
    }
}
