import Foundation
import Testing

@testable import SSPWikiCore

@Suite("JSON report")
struct DiagnosticJSONTests {
    /// Reads the report as an editor or CI script would: as plain JSON, not through our types.
    func parse(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("the report of a check lists every diagnostic with the documented keys and a summary")
    func checkReport() throws {
        let weak = QualityContent().replacing("    baseline: 1 of 5 (September observation)\n", with: "")
            .replacing("peass: visual-timetable", with: "peass: visual-timetabel")
        let (_, diagnostics) = weak.analyse()
        let json = try parse(DiagnosticJSON(diagnostics, contentPrefix: "content").encoded())
        #expect(json["schemaVersion"] as? Int == 1)
        #expect(json["content"] as? String == "content")
        #expect((json["tool"] as? String)?.hasPrefix("sspwiki ") == true)
        let entries = try #require(json["diagnostics"] as? [[String: Any]])
        let expectedKeys: Set<String> = ["file", "path", "line", "column", "severity", "rule", "message", "hint"]
        for entry in entries { #expect(Set(entry.keys) == expectedKeys) }
        let error = try #require(entries.first { $0["severity"] as? String == "error" })
        #expect(error["rule"] is NSNull)
        #expect(error["file"] as? String == "plans/amelia-khan.md")
        #expect(error["path"] as? String == "content/plans/amelia-khan.md")
        #expect(error["line"] as? Int == weak.line(of: "peass: visual-timetabel"))
        #expect(error["column"] as? Int == 5)
        #expect(error["hint"] as? String == "did you mean 'visual-timetable'?")
        let finding = try #require(entries.first { $0["rule"] as? String == "target-no-baseline" })
        #expect(finding["severity"] as? String == "warning")
        #expect(finding["message"] as? String == "target T1 has no baseline (where the child is now)")
        #expect(finding["line"] as? Int == weak.line(of: "  - id: T1"))
        #expect(finding["hint"] as? String == QualityRule.targetNoBaseline.hint)
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 1)
        #expect(summary["warnings"] as? Int == 1)
        #expect(summary["notes"] as? Int == 0)
        #expect(summary["rules"] as? [String: Int] == ["target-no-baseline": 1])
    }

    @Test("a clean check gives an empty list and zero counts")
    func empty() throws {
        let json = try parse(DiagnosticJSON([], contentPrefix: ".").encoded())
        #expect((json["diagnostics"] as? [Any])?.isEmpty == true)
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 0 && summary["warnings"] as? Int == 0)
        #expect((summary["rules"] as? [String: Int])?.isEmpty == true)
    }

    @Test("diagnostics are sorted by file, line and column, and decode back to the same values")
    func sortedAndStable() throws {
        let a = Diagnostic.warning("b", at: SourceLocation(file: "plans/b.md", line: 2, column: 1), rule: "no-strengths")
        let b = Diagnostic.error("a", at: SourceLocation(file: "plans/a.md", line: 9, column: 3), hint: "fix it")
        let report = DiagnosticJSON([a, b], contentPrefix: "content")
        #expect(report.diagnostics.map(\.file) == ["plans/a.md", "plans/b.md"])
        let decoded = try JSONDecoder().decode(DiagnosticJSON.self, from: Data(report.encoded().utf8))
        #expect(decoded == report)
    }
}
