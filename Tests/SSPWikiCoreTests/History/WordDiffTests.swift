import Testing

@testable import SSPWikiCore

@Suite("History: word diff")
struct WordDiffTests {
    /// Applies an edit script to `a`, taking inserted elements from `b`.
    func apply(_ ops: [Myers.Op], _ a: [Character], _ b: [Character]) -> [Character] {
        var out: [Character] = []
        var i = 0
        var j = 0
        for op in ops {
            switch op {
            case .equal:
                out.append(a[i])
                i += 1
                j += 1
            case .delete: i += 1
            case .insert:
                out.append(b[j])
                j += 1
            }
        }
        return out
    }

    @Test("the edit script is shortest and turns the old text into the new one")
    func myers() throws {
        let cases = [("ABCABBA", "CBABAC", 5), ("", "abc", 3), ("abc", "", 3), ("same", "same", 0), ("kitten", "sitting", 5)]
        for (a, b, edits) in cases {
            let ops = try #require(Myers.script(Array(a), Array(b), maxEdits: 100))
            #expect(apply(ops, Array(a), Array(b)) == Array(b))
            #expect(ops.filter { $0 != .equal }.count == edits)
        }
        #expect(Myers.script(Array("abcdef"), Array("uvwxyz"), maxEdits: 3) == nil)
    }

    @Test("only the words that changed are marked, and everything is escaped")
    func words() {
        let diff = WordDiff(
            from: "Amy <likes> reading & maths.\n\nShe is kind.\n", to: "Amy <likes> drawing & maths.\n\nShe is kind.\n")
        #expect(
            diff.html
                == "<div class=\"word-diff\">\n<p class=\"diff-line\">Amy &lt;likes&gt; <del>reading</del><ins>drawing</ins> &amp; maths.</p>\n</div>\n"
        )
        #expect(diff.wordsAdded == 1 && diff.wordsRemoved == 1)
    }

    @Test("far-apart changes are shown with a line of context and a gap between them")
    func context() {
        let old = (1...9).map { "Line \($0) is here." }.joined(separator: "\n")
        let new = old.replacingOccurrences(of: "Line 2 is", with: "Line 2 was").replacingOccurrences(
            of: "Line 8 is", with: "Line 8 was")
        let html = WordDiff(from: old, to: new).html
        #expect(html.contains("<p class=\"diff-line\">Line 1 is here.</p>"))
        #expect(html.contains("Line 2 <del>is</del><ins>was</ins> here."))
        #expect(html.contains("<p class=\"diff-gap\">…</p>"))
        #expect(!html.contains("Line 5"))
    }

    @Test("re-wrapping a paragraph is not a change; a new paragraph is")
    func rewrap() {
        #expect(WordDiff(from: "One two three\nfour five.", to: "One two\nthree four five.").isEmpty)
        let added = WordDiff(from: "One.\n", to: "One.\n\nTwo words.\n")
        #expect(added.wordsAdded == 2)
        #expect(added.html.contains("<ins>Two words.</ins>"))
    }
}
