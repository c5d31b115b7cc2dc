import Testing

@testable import SSPWikiCore

/// What a content file is, by its place in the folder.
@Suite("A content file's kind")
struct ContentLoaderKindTests {
    @Test("each kind of file is known by its folder and name; hidden parts and other files are ignored")
    func kindsByPlace() {
        #expect(ContentLoader.kind(of: "site.yml") == .site)
        #expect(ContentLoader.kind(of: "glossary.yml") == .glossary)
        #expect(ContentLoader.kind(of: "plans/2024/amy-khan.md") == .plan)
        #expect(ContentLoader.kind(of: "indes/cl.md") == .indes)
        #expect(ContentLoader.kind(of: "peass/p1.md") == .peass)
        #expect(ContentLoader.kind(of: "pages/about.md") == .page)
        #expect(ContentLoader.kind(of: "plans/_draft/amy.md") == nil)
        #expect(ContentLoader.kind(of: "plans/.amy.md") == nil)
        #expect(ContentLoader.kind(of: "plans/amy.txt") == nil)
        #expect(ContentLoader.kind(of: "plans.md") == nil)
        #expect(ContentLoader.kind(of: "extra/site.yml") == nil)
        #expect(ContentLoader.kind(of: "plans/\u{E9}l\u{E8}ve.md") == .plan)
    }

    @Test("an ASCII path gives, over its bytes, the kind the Character walk gives")
    func asciiKindsAreThoseOfTheCharacterWalk() {
        var generator = GeneratedTexts(seed: 11)
        let pieces = [
            "/", "plans", "indes", "peass", "pages", "media", "site.yml", "glossary.yml", ".md", ".", "_", "md", "a",
            "\r\n",
        ]
        for path in generator.texts(6000, of: pieces, longest: 6) {
            #expect(ContentLoader.kind(of: path) == ContentLoader.characterKind(of: path), "\(path.debugDescription)")
        }
    }
}
