import Testing
@testable import SSPWikiCore

@Suite("Slug: stable, readable ids for headings and anchors")
struct SlugTests {
    @Test func namesBecomeLowercaseWordsJoinedByDashes() {
        #expect(Slug.make("Mrs J Patel") == "mrs-j-patel")
        #expect(Slug.make("About me") == "about-me")
        #expect(Slug.make("What I find difficult") == "what-i-find-difficult")
    }

    @Test func punctuationAndRepeatedSpacesCollapseToOneDash() {
        #expect(Slug.make("  Notes!!  (autumn)  ") == "notes-autumn")
        #expect(Slug.make("T1") == "t1")
        #expect(Slug.make("Year 7 -- set 2") == "year-7-set-2")
    }

    @Test func accentsAreFolded() {
        #expect(Slug.make("Élodie Brontë") == "elodie-bronte")
    }

    @Test func textWithoutLettersOrDigitsGivesSection() {
        #expect(Slug.make("") == "section")
        #expect(Slug.make("!!! ???") == "section")
    }

    @Test func slugsAreAtMost64Characters() {
        let slug = Slug.make(String(repeating: "a", count: 100))
        #expect(slug.count == 64)
    }

    @Test func theSameTextAlwaysGivesTheSameSlug() {
        #expect(Slug.make("Review notes") == Slug.make("Review notes"))
        #expect(Slug.make("REVIEW NOTES") == "review-notes")
    }

    @Test func repeatsOnOnePageGetNumberedSuffixes() {
        var slugs = SlugSet()
        #expect(slugs.unique(for: "Notes") == "notes")
        #expect(slugs.unique(for: "Notes") == "notes-2")
        #expect(slugs.unique(for: "notes!") == "notes-3")
        #expect(slugs.unique(for: "Other") == "other")
    }
}
