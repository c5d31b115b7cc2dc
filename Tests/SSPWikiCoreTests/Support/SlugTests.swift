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

    @Test func asciiTextsGetTheSlugFoundationsFoldingGives() {
        let printable = (0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) }
        var generator = SystemRandomNumberGenerator()
        var texts = [
            "Mrs J Patel", "TA (Mrs D Haines and Mr O Pryce)", "", "--", String(printable), String(repeating: "Ab-", count: 40),
        ]
        for _ in 0..<200 {
            texts.append(
                String((0..<Int.random(in: 0...30, using: &generator)).map { _ in printable.randomElement(using: &generator)! }))
        }
        for text in texts {
            #expect(Slug.asciiSlug(text) == Slug.foldedSlug(text), "\(text)")
        }
        #expect(Slug.asciiSlug("Élodie") == nil)
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
