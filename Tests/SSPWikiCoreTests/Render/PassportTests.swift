import Foundation
import Testing

@testable import SSPWikiCore

/// Pupil passports: one page per active plan, and a pack per class, linked from both.
@Suite struct PassportTests {
    @Test func passportShowsWhatAdultsMustKnowFromThePlansOwnSections() {
        let fixture = Fixture(MinimalContent.files)
        fixture.buildExpectingSuccess()
        let page = fixture.page(SitePaths.passport(ofPlan: "amelia-khan"))
        for text in [
            "What people like and admire about me", "Kind to friends and careful with her work",
            "What is important to me", "I like drawing and horses",
            "How best to help me", "Use the visual timetable every lesson",
            "Visual timetable at desk, checked with the TA each lesson",
            "Asthma; inhaler kept in the class first-aid box", "25% extra time", "reader",
            "known as Amy", "Class Kestrels",
        ] {
            #expect(page.contains(text), "passport lacks \(text)")
        }
        // The photo is the plan's, relative to plans/<id>/.
        #expect(page.contains("src=\"../../media/amelia-khan.jpg\""))
        // Staff-only parts of the plan page stay off the passport.
        #expect(!page.contains("Review of impact"))
        #expect(!page.contains("Group work still hard"))
    }

    @Test func planAndClassPagesLinkToThePassports() {
        let fixture = Fixture(MinimalContent.files)
        fixture.buildExpectingSuccess()
        #expect(fixture.page("plans/amelia-khan.html").contains("href=\"../plans/amelia-khan/passport.html\""))
        #expect(fixture.page(SitePaths.classPage("kestrels")).contains("href=\"../classes/kestrels/passports.html\""))
        let pack = fixture.page(SitePaths.classPassports("kestrels"))
        let amelia = pack.range(of: "Amelia Khan")
        let jacob = pack.range(of: "Jacob Khan")
        #expect(amelia != nil && jacob != nil)
        if let amelia, let jacob { #expect(amelia.lowerBound < jacob.lowerBound, "passports are in name order") }
        #expect(pack.components(separatedBy: "<article class=\"passport\"").count - 1 == 2)
        #expect(pack.contains("I like trains."))
    }

    @Test func onlyActivePlansHavePassports() {
        let fixture = Fixture(MinimalContent.files) { files in
            files["plans/jacob-khan.md"] = files["plans/jacob-khan.md"]!.replacingOccurrences(
                of: "stage: sen-support", with: "stage: sen-support\nstatus: archived")
        }
        fixture.buildExpectingSuccess()
        #expect(fixture.siteHas(SitePaths.passport(ofPlan: "amelia-khan")))
        #expect(!fixture.siteHas(SitePaths.passport(ofPlan: "jacob-khan")))
        #expect(!fixture.page("plans/jacob-khan.html").contains("passport.html"))
        #expect(!fixture.page(SitePaths.classPassports("kestrels")).contains("Jacob Khan"))
    }
}

/// Task lists in a plan's body: their checkboxes carry a label a screen reader reads.
@Suite struct TaskListLabelTests {
    @Test func taskBoxesAreLabelledDoneOrNotDone() {
        let fixture = Fixture(MinimalContent.files) { files in
            files["plans/amelia-khan.md"]! += "\n## What I will do\n\n- [x] Bring my reading book\n- [ ] Ask for help\n"
        }
        fixture.buildExpectingSuccess()
        let page = fixture.page("plans/amelia-khan.html")
        #expect(page.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" /> Bring my reading book"))
        #expect(page.contains("<input type=\"checkbox\" disabled=\"\" aria-label=\"Not done\" /> Ask for help"))
    }
}
