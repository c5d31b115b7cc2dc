import Foundation
import Testing

@testable import SSPWikiCore

/// Files a browser would run are never published from `media/`.
@Suite("Media safety")
struct MediaCheckerTests {
    @Test(arguments: ["media/letter.html", "media/Report.XHTML", "media/data.xml", "media/tool.js", "media/page.htm"])
    func activeFilesAreAnErrorAndAreNotPublished(_ path: String) {
        let fixture = Fixture(minimal: { $0[path] = "<script>alert(1)</script>" })
        let report = fixture.build()
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.file) == [path])
        #expect(errors.first?.message.contains("are not published from media/") == true)
        #expect(!fixture.siteHas(path))
    }

    @Test(arguments: [
        ("<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <script>alert(1)</script>\n</svg>", 2, 3, "a <script> element"),
        (
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", 1, 40,
            "an event-handler attribute (such as onload=)"
        ),
        ("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<a href=\"javascript:alert(1)\">x</a></svg>", 2, 10, "a javascript: URL"),
        ("<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject/></svg>", 1, 41, "a <foreignObject> element"),
        (
            "<svg xmlns=\"http://www.w3.org/2000/svg\">\n\n<image href=\"https://tracker.example/x.png\"/></svg>", 3, 8,
            "a reference to another host"
        ),
    ])
    func anUnsafeSVGIsAnErrorAtTheLine(_ svg: String, _ line: Int, _ column: Int, _ reason: String) {
        let fixture = Fixture(minimal: { $0["media/chart.svg"] = svg })
        let errors = fixture.build().diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.location) == [SourceLocation(file: "media/chart.svg", line: line, column: column)])
        #expect(errors.first?.message == "the SVG image holds \(reason), which could run with the site's access to every plan")
        #expect(!fixture.siteHas("media/chart.svg"))
    }

    @Test func aPlainSVGAndOtherFilesArePublished() {
        let fixture = Fixture(minimal: {
            $0["media/face.svg"] =
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"url(#g)\"/></svg>"
            $0["media/notes.pdf"] = "%PDF-1.4"
        })
        #expect(fixture.build().succeeded)
        #expect(fixture.siteHas("media/face.svg"))
        #expect(fixture.siteHas("media/notes.pdf"))
    }

    @Test func theDemoMediaArePublished() {
        let media = SiteInventory.walk(Fixture.packageRoot + "/content/media")
        #expect(!media.isEmpty)
        for name in media {
            #expect(MediaChecker.problem(rel: "media/" + name, absolute: Fixture.packageRoot + "/content/media/" + name) == nil)
        }
    }
}
