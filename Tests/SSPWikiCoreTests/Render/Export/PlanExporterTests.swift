import Foundation
import Testing

@testable import SSPWikiCore

/// `sspwiki export`: the family's and the child's copies, the evidence and transfer packs.
@Suite struct PlanExporterTests {
    /// The minimal content with a glossary acronym used in the plan and a quality finding.
    static func content() -> Fixture {
        Fixture(MinimalContent.files) { files in
            files["glossary.yml"]! += "TA: Teaching assistant, an adult who supports pupils in class\n"
            // A target without a measure is a quality finding.
            files["plans/amelia-khan.md"] = files["plans/amelia-khan.md"]!
                .replacingOccurrences(of: "    measure: 4 of 5 observed occasions across two weeks\n", with: "")
        }
    }

    static func exporter(_ fixture: Fixture) -> (PlanExporter, AnalysedSite) {
        let (site, diagnostics) = fixture.analysedSite()
        #expect(!diagnostics.hasErrors, "\(Fixture.formatted(diagnostics))")
        let theme = Theme.load(directories: [Fixture.defaultTheme]).0!
        return (PlanExporter(theme: theme, site: site!, today: Fixture.today), site!)
    }

    static func export(_ fixture: Fixture, _ kind: PlanExporter.Kind, id: String = "amelia-khan") -> String {
        let (exporter, _) = exporter(fixture)
        let (text, diagnostics) = exporter.export(id, as: kind)
        #expect(diagnostics.isEmpty, "\(Fixture.formatted(diagnostics))")
        return text ?? ""
    }

    @Test func familyCopyHasThePlanWithoutStaffOnlyParts() throws {
        let fixture = Self.content()
        let (exporter, site) = Self.exporter(fixture)
        let findings = site.quality.findings(for: "amelia-khan")
        #expect(!findings.isEmpty, "the fixture has a quality finding to keep out")
        let text = try #require(exporter.export("amelia-khan", as: .family).0)
        for shown in [
            "I like drawing and horses", "Mum says Amy is happier this term", "Kind to friends",
            "Follow a two-step spoken instruction without an adult prompt", "Small-group language sessions",
            "Speech and Language Therapy", "Visual timetable used independently by November",
            "Kestrel Primary School", "Plan number", "Your comments", "What we are working towards",
        ] {
            #expect(text.contains(shown), "family copy lacks \(shown)")
        }
        for finding in findings { #expect(!text.contains(HTML.escape(finding.message)), "shows finding \(finding.message)") }
        // No other child, no internal ids, no links, nothing loaded from elsewhere.
        for hidden in [
            "Jacob", "amelia-khan", "speech-language", "visual-timetable", "href=", "<script", "Quality", "salt-report",
        ] {
            #expect(!text.contains(hidden), "family copy shows \(hidden)")
        }
        // Every acronym of the glossary written out in the text.
        #expect(!text.contains("TA "), "TA is written out")
        #expect(text.contains("Teaching assistant (Mrs Hill)"))
        #expect(text.contains("Speech and Language Therapist") || !text.contains("SALT"))
    }

    @Test func documentIsSelfContainedWithItsStyleAllowedByHash() throws {
        let text = Self.export(Self.content(), .family)
        #expect(text.contains("<meta name=\"robots\" content=\"noindex,nofollow\">"))
        let style = try #require(
            text.range(of: "<style>").flatMap { start in
                text.range(of: "</style>", range: start.upperBound..<text.endIndex).map {
                    String(text[start.upperBound..<$0.lowerBound])
                }
            })
        let hash = Data(SHA256.digest(Array(style.utf8))).base64EncodedString()
        #expect(text.contains("style-src 'sha256-\(hash)'"))
        #expect(text.contains("@page { size: A4"))
        // The photo is embedded, never a path.
        #expect(text.contains("src=\"data:image/jpeg;base64,"))
        #expect(!text.contains("src=\"media/") && !text.contains("stylesheet"))
    }

    @Test func childCopyHasAboutMeTargetsAndHelpInLargeType() {
        let text = Self.export(Self.content(), .child)
        #expect(text.contains("class=\"document document-child\""))
        for shown in [
            "About me", "I like drawing and horses", "What I am working on",
            "Follow a two-step spoken instruction without an adult prompt", "How adults will help me",
            "Use the visual timetable every lesson",
        ] {
            #expect(text.contains(shown), "child copy lacks \(shown)")
        }
        #expect(!text.contains("Mum says Amy is happier"))
        #expect(!text.contains("Group work still hard"))
    }

    @Test func unknownPlanIsOneErrorWithASuggestion() {
        let (exporter, _) = Self.exporter(Self.content())
        let (text, diagnostics) = exporter.export("amelia-kahn", as: .family)
        #expect(text == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hint?.contains("did you mean 'amelia-khan'?") == true)
    }

    @Test func acronymsAreWrittenOutFromTheGlossary() {
        let full = { (term: String, meaning: String) in AcronymExpander.fullForm(of: term, meaning: meaning) }
        #expect(
            full("EHCP", "Education, Health and Care Plan, a legal document from the local authority")
                == "Education, Health and Care Plan")
        #expect(
            full("SENDCo", "Special educational needs and disabilities coordinator, the teacher who leads support")
                == "Special educational needs and disabilities coordinator")
        #expect(
            full("INDES", "Identification of needs descriptors in educational settings, a shared scale")
                == "Identification of needs descriptors in educational settings")
        #expect(full("SALT", "Speech and language therapy or therapist") == "Speech and language therapy")
        #expect(full("SATs", "National tests taken by pupils") == "National tests taken by pupils")
        let expander = AcronymExpander(glossary: [
            GlossaryTerm(
                term: "EHCP", meaning: "Education, Health and Care Plan, a legal document", location: SourceLocation(file: ""))
        ])
        #expect(
            expander.expand(html: "<p title=\"EHCP\">Her EHCP, and EHCPs.</p>")
                == "<p title=\"EHCP\">Her Education, Health and Care Plan, and EHCPs.</p>")
    }

    @Test func sha256MatchesTheStandardsTestVectors() {
        let hex = { (text: String) in SHA256.digest(Array(text.utf8)).map { String(format: "%02x", $0) }.joined() }
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}
