import Testing

@testable import SSPWikiCore

@Suite("Quality rules: unexplained acronyms")
struct AcronymRuleTests {
    let good = QualityContent()

    func finding(_ word: String, line: Int, column: Int, times: Int = 1) -> Diagnostic {
        QualityContent.finding(
            .unexplainedAcronym,
            "the acronym '\(word)' is not explained" + (times > 1 ? " (used \(times) times in this plan)" : ""),
            line: line, column: column)
    }

    @Test("an acronym in the body is reported at its line and column")
    func inBody() throws {
        let weak = good.replacing("I like drawing, horses", with: "I like the THRIVE room, drawing, horses")
        #expect(
            weak.findings() == [
                finding("THRIVE", line: weak.line(of: "THRIVE room"), column: weak.column(of: "THRIVE"))
            ])
    }

    @Test("an acronym in a front-matter value is reported inside the value, quoted or not")
    func inFrontMatter() throws {
        let plain = good.replacing(
            "    summary: Anxious at unstructured times", with: "    summary: Anxious at unstructured times, seen by CAMHS")
        #expect(
            plain.findings() == [
                finding("CAMHS", line: plain.line(of: "seen by CAMHS"), column: plain.column(of: "CAMHS"))
            ])
        let quoted = good.replacing("    who: Mr D Evans", with: "    who: \"HLTA (Mr D Evans)\"")
        #expect(
            quoted.findings() == [
                finding("HLTA", line: quoted.line(of: "HLTA"), column: quoted.column(of: "HLTA"))
            ])
    }

    @Test("every front-matter text is checked: agencies, access arrangements, other plans written either way, review records")
    func everyField() throws {
        let fields = good.replacing(
            "    targets: [T2]\n---\n",
            with: """
                    targets: [T2]
                access_arrangements: [Reader, SLT prompts]
                other_plans:
                  - IHCP held by the school nurse
                  - kind: Early Help plan
                    note: Led by the FSW
                external:
                  - agency: CAMHS
                    involvement: Assessment
                review_record:
                  date: 2026-12-11
                  attended: [Amy, Mum, HLTA]
                ---

                """)
        // Compared without the hints (SLT and IHCP are close to glossary terms and get a did-you-mean).
        func located(_ findings: [Diagnostic]) -> [Diagnostic] {
            findings.map {
                var d = $0
                d.hint = nil
                return d
            }
        }
        #expect(
            located(fields.findings().filter { $0.rule == "unexplained-acronym" })
                == located([
                    finding("SLT", line: fields.line(of: "SLT prompts"), column: fields.column(of: "SLT")),
                    finding("IHCP", line: fields.line(of: "IHCP held"), column: fields.column(of: "IHCP")),
                    finding("FSW", line: fields.line(of: "FSW"), column: fields.column(of: "FSW")),
                    finding("CAMHS", line: fields.line(of: "agency: CAMHS"), column: fields.column(of: "CAMHS")),
                    finding("HLTA", line: fields.line(of: "HLTA"), column: fields.column(of: "HLTA")),
                ]))
    }

    @Test("a value folded over several lines is reported where the value starts")
    func multiLineValue() throws {
        let folded = good.replacing(
            "    summary: Anxious at unstructured times",
            with: "    summary: Anxious at unstructured\n      times and seen by CAMHS")
        #expect(
            folded.findings() == [
                finding("CAMHS", line: folded.line(of: "summary: Anxious at unstructured"), column: 14)
            ])
    }

    @Test("each acronym is reported once, at its first use, with how often it is used")
    func oncePerPlan() throws {
        let weak = good.replacing(
            "    summary: Anxious at unstructured times", with: "    summary: Anxious at unstructured times (CAMHS)"
        )
        .replacing("Mum says Amy is chatty at home.", with: "Mum says CAMHS and the GP know Amy. CAMHS will call.")
        #expect(
            weak.findings() == [
                finding("CAMHS", line: weak.line(of: "(CAMHS)"), column: weak.column(of: "CAMHS"), times: 3),
                finding("GP", line: weak.line(of: "the GP know"), column: weak.column(of: "GP know")),
            ])
    }

    @Test("glossary terms (in any case) and plain_language_ignore need no explanation")
    func explained() throws {
        var fine = good.replacing(
            "Mum says Amy is chatty at home.", with: "Mum says the SENDCO and the PE teacher know SALT works.")
        #expect(fine.findings(of: "unexplained-acronym") == [])
        fine.files["site.yml"] = "setting: Kestrel Primary School\n"
        #expect(fine.findings(of: "unexplained-acronym").map(\.message) == ["the acronym 'PE' is not explained"])
    }

    @Test("code, link addresses and URLs are not prose")
    func codeIsSkipped() throws {
        let body = """
            Mum says Amy is chatty at home. See `ABC` and [the report](media/EP-REPORT.pdf) or https://example.org/XYZ.

            ```
            NOT PROSE
            ```
            """
        var fine = good.replacing("Mum says Amy is chatty at home.", with: body)
        fine.files["media/EP-REPORT.pdf"] = "%PDF-1.4"
        #expect(fine.findings(of: "unexplained-acronym") == [])
    }

    @Test("a close glossary term is suggested")
    func suggestion() throws {
        let weak = good.replacing("I like drawing", with: "I like SLAT and drawing")
        let found = weak.findings(of: "unexplained-acronym")
        #expect(found.first?.hint?.hasPrefix("did you mean 'SALT'") == true)
    }
}
