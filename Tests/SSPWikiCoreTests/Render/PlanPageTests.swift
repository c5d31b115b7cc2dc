import Testing

@testable import SSPWikiCore

/// What a teacher reading a plan page sees.
@Suite("The plan page")
struct PlanPageTests {
    func page(_ change: (inout [String: String]) -> Void = { _ in }) throws -> String {
        let (fixture, _) = builtSite(change)
        return try #require(fixture.siteText("plans/amelia-khan.html"))
    }

    @Test func theMustKnowFactsAreShown() throws {
        let html = try page()
        #expect(html.contains("<title>Amelia Khan · Kestrel Primary School</title>"))
        #expect(html.contains("<img class=\"photo\" src=\"../media/amelia-khan.jpg\" alt=\"Photo of Amy\""))
        #expect(fact(html, "Full name") == "Amelia Khan")
        #expect(fact(html, "Known as") == "Amy")
        #expect(fact(html, "Date of birth") == "14 March 2017")
        #expect(fact(html, "Year group")?.hasPrefix("Year 3 taught outside their chronological year group") == true)
        #expect(fact(html, "Class") == "Kestrels")
        #expect(fact(html, "Teacher") == "Mrs J Patel")
        #expect(fact(html, "Case holder") == "Mr D Evans")
        #expect(fact(html, "Plan number") == "3")
        #expect(fact(html, "Start") == "8 September 2026")
        #expect(fact(html, "Review") == "11 December 2026")
        #expect(fact(html, "Also") == "English as an additional languagePupil premium")
        #expect(fact(html, "Medical") == "Asthma; inhaler kept in the class first-aid box")
        #expect(fact(html, "Other plans") == "Individual Health Care Plan: Held by the school office")
        #expect(html.contains("<li>25% extra time</li><li>reader</li>"))
    }

    @Test func termsFromTheFrontMatterAreExplainedInWordsOnThePage() throws {
        let html = try page { files in
            files.edit("plans/amelia-khan.md", replacing: "    who: TA (Mrs Hill)", with: "    who: ELSA (Mrs Hill)")
        }
        // ELSA is written only in `who:`; its meaning is shown as text, not only as a hover title.
        #expect(
            section(html, "id=\"plan-terms\"").contains(
                "<div><dt><a href=\"../glossary.html#term-elsa\">ELSA</a></dt><dd>Emotional Literacy Support Assistant</dd></div>"
            ))
        let css = try #require(try builtSite { _ in }.0.siteText("assets/style.css"))
        #expect(css.contains("abbr[title]::after { content: \" (\" attr(title) \")\"; }"))
    }

    @Test func thereIsNoTermsListWhenThePlanUsesNone() throws {
        let html = try page { files in files["glossary.yml"] = "ELSA: Emotional Literacy Support Assistant\n" }
        #expect(!html.contains("id=\"plan-terms\""))
    }

    @Test func theBodySectionsGoToTheirPlaces() throws {
        let html = try page()
        #expect(section(html, "id=\"about-me\"").contains("<p>I like drawing and horses.</p>"))
        #expect(section(html, "id=\"family-views\"").contains("<p>Mum says Amy is happier this term.</p>"))
        #expect(section(html, "id=\"strengths\"").contains("<p>Kind to friends and careful with her work.</p>"))
        #expect(
            section(html, "id=\"needs\"").contains(
                "<h3 id=\"what-i-find-difficult\">What I find difficult</h3><p>Following long instructions.</p>"))
        #expect(section(html, "id=\"how-to-help\"").contains("<p>Use the visual timetable every lesson.</p>"))
        #expect(section(html, "id=\"review-of-impact\"").contains("<p>Reviewed with Mum.</p>"))
        #expect(html.contains("<section class=\"intro\"><p>Amy's plan for the autumn term.</p>"))
    }

    @Test func bodySectionsFollowTheGuidanceWhereverTheyAreWrittenAndOtherHeadingsKeepTheirNeighbour() throws {
        let body = """
            Amy's plan.

            ## Settling in
            She settled quickly.

            ## What we will do at home
            Read with her every evening.

            ## Review notes
            Reviewed with Mum.

            ## Transition
            Visit the Year 4 class in June.

            ## EHCP outcomes
            The outcomes are on the EHCP of July 2026.

            ## Independence
            The TA steps back once Amy has started.

            ## What I will do
            Point to my timetable when I am stuck.

            ## About me
            I like drawing and horses.

            ## Strengths
            Kind to friends and careful with her work.

            ## Lunchtimes
            Club on Tuesdays.

            """
        let html = try page { files in
            let text = MinimalContent.plan
            files["plans/amelia-khan.md"] =
                String(text[..<text.range(of: "---\nAmy's plan")!.upperBound]).dropLast("Amy's plan".count) + body
        }
        let order = [
            "id=\"must-know\"", "id=\"ehcp-outcomes\"", "class=\"intro\"", "id=\"settling-in\"", "id=\"about-me\"",
            "id=\"strengths\"", "id=\"lunchtimes\"", "id=\"needs\"", "id=\"provision\"", "id=\"independence\"",
            "id=\"targets\"", "id=\"what-i-will-do\"", "id=\"what-we-will-do-at-home\"", "id=\"review-of-impact\"",
            "id=\"transition\"",
        ]
        let positions = order.map { html.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "missing: \(zip(order, positions).filter { $0.1 == nil }.map(\.0))")
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted())
        #expect(section(html, "id=\"ehcp-outcomes\"").contains("<p>The outcomes are on the EHCP of July 2026.</p>"))
        #expect(section(html, "id=\"independence\"").contains("<h2 id=\"independence\">Building independence</h2>"))
        #expect(section(html, "id=\"what-we-will-do-at-home\"").contains("<p>Read with her every evening.</p>"))
        #expect(section(html, "id=\"transition\"").contains("<p>Visit the Year 4 class in June.</p>"))
    }

    @Test func missingVoiceSectionsAreFlagged() throws {
        let html = try page {
            $0["plans/amelia-khan.md"] = MinimalContent.plan.replacingOccurrences(
                of: "## About me\nI like drawing and horses.\n", with: "")
        }
        #expect(section(html, "id=\"about-me\"").contains("<p class=\"missing\">Not written yet"))
    }

    @Test func needsTargetsAndTheReviewAreShown() throws {
        let html = try page()
        #expect(
            html.contains(
                "<a href=\"../indes/speech-language.html#level-3\">Speech and language</a> <span class=\"badge\">Primary need</span>"
            ))
        #expect(html.contains("<p class=\"need-level\">Level 3 of 4: Significant needs</p>"))
        #expect(html.contains("<li id=\"target-t1\" class=\"target target-in-progress\">"))
        #expect(html.contains("<div><dt>Starting point</dt><dd>1 of 5 (September observation)</dd></div>"))
        #expect(html.contains("<div><dt>By</dt><dd>11 Dec 2026</dd></div>"))
        #expect(html.contains("<div><dt>Decision</dt><dd>Continue the plan</dd></div>"))
        #expect(html.contains("<a href=\"../media/salt-report.pdf\">Report: salt-report.pdf</a>"))
        #expect(
            html.contains(
                "review <time datetime=\"2026-12-11\">11 Dec 2026</time> <span class=\"status status-soon\">Due soon</span>"))
    }

    @Test func provisionIsSplitIntoAdjustmentsAndAdditionalWithAWeeklyTotal() throws {
        let html = try page()
        let adjustments = section(html, "id=\"how-to-help\"")
        #expect(
            adjustments.contains(
                "<li>Visual timetable at desk, checked with the TA each lesson · <a href=\"../peass/visual-timetable.html\">Visual timetable</a> · Class TA · daily, 5 min · supports <a href=\"#target-t1\">T1</a> </li>"
            ))
        let additional = section(html, "id=\"provision\"")
        #expect(additional.contains("<th scope=\"row\">Small-group language sessions</th>"))
        #expect(additional.contains("<td>3 times a week</td>"))
        #expect(additional.contains("<td>1 h</td>"))
        #expect(additional.contains("about <strong>1 h</strong> of additional support in a typical week"))
        #expect(!additional.contains("Visual timetable at desk"))
    }

    @Test func aProvisionWhoseFrequencyCannotBeReadIsNotQuantified() throws {
        let html = try page {
            $0.edit("plans/amelia-khan.md", replacing: "how_often: 3 per week", with: "how_often: when needed")
        }
        let additional = section(html, "id=\"provision\"")
        #expect(additional.contains("<td>when needed <span class=\"status status-overdue\">not quantified</span></td>"))
        #expect(!additional.contains("of additional support in a typical week"))
    }

    @Test func aProvisionWithoutDatesShowsNoDates() throws {
        let html = try page {
            $0.edit("plans/amelia-khan.md", replacing: "    start: 2026-09-21\n    end: 2026-12-11\n", with: "")
        }
        let additional = section(html, "id=\"provision\"")
        #expect(additional.contains("<td><span class=\"muted\">no start</span> – <span class=\"muted\">no end</span></td>"))
        #expect(!additional.contains("8 Sep 2026"), "the plan's start date is not the provision's")
    }

    @Test func aProvisionWithoutTargetsSupportsNoTargets() throws {
        let html = try page {
            $0.edit(
                "plans/amelia-khan.md", replacing: "    start: 2026-09-21\n    end: 2026-12-11\n    targets: [T1]\n",
                with: "    start: 2026-09-21\n    end: 2026-12-11\n")
        }
        let additional = section(html, "id=\"provision\"")
        #expect(!additional.contains("#target-t1"), "the group sessions support no target, but T1 is linked")
    }

    @Test
    func aRecognisedHeadingWrittenTwiceKeepsBothSections() throws {
        let html = try page {
            $0.edit(
                "plans/amelia-khan.md", replacing: "## Review notes\nReviewed with Mum.",
                with: "## Review notes\nAutumn review went well.\n\n## Review notes\nSpring review: Mum came.")
        }
        let review = section(html, "id=\"review-of-impact\"")
        #expect(review.contains("Spring review: Mum came."))
        #expect(review.contains("Autumn review went well."), "the first review's notes were dropped")
    }
}
