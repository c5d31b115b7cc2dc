/// A small English suffix stemmer, so that "reviews", "reviewed" and "reviewing" all find
/// "review". It is deliberately cautious: it strips plural and verb endings and a few common
/// noun endings, and leaves short words and words with non-English letters alone.
///
/// `themes/default/assets/search.js` has the same rules (`stem`); the browser tests check
/// that both give the same stem for every word in the demo index.
package enum EnglishStemmer {
    /// Noun endings replaced after plural and verb endings are gone, longest first.
    static let endings: [(suffix: String, replacement: String)] = [
        ("ational", "ate"), ("ization", "ize"), ("iveness", "ive"), ("fulness", "ful"),
        ("ousness", "ous"), ("tional", "tion"), ("ation", "ate"), ("ness", ""),
    ]

    /// The stem of a folded word.
    package static func stem(_ word: String) -> String {
        guard word.count >= 4, word.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else { return word }
        var w = Array(word.unicodeScalars)
        w = withoutPlural(w)
        w = withoutVerbEnding(w)
        for (suffix, replacement) in endings {
            let s = Array(suffix.unicodeScalars)
            if w.count - s.count >= 3, w.suffix(s.count).elementsEqual(s) {
                w = Array(w.dropLast(s.count)) + Array(replacement.unicodeScalars)
                break
            }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: w)
        return String(out)
    }

    static func ends(_ w: [Unicode.Scalar], _ suffix: String) -> Bool {
        let s = Array(suffix.unicodeScalars)
        return w.count >= s.count && w.suffix(s.count).elementsEqual(s)
    }

    static func isVowel(_ c: Unicode.Scalar) -> Bool { "aeiou".unicodeScalars.contains(c) }

    /// "classes" → "class", "reaches" → "reach", "studies" → "study", "needs" → "need";
    /// "focus", "analysis" and "glass" stay.
    static func withoutPlural(_ w: [Unicode.Scalar]) -> [Unicode.Scalar] {
        if ends(w, "sses") || ends(w, "ches") || ends(w, "shes") || ends(w, "xes") { return Array(w.dropLast(2)) }
        if ends(w, "ies") { return w.count > 4 ? Array(w.dropLast(3)) + ["y"] : w }
        if ends(w, "s") && !ends(w, "ss") && !ends(w, "us") && !ends(w, "is") { return Array(w.dropLast()) }
        return w
    }

    /// "reading" → "read", "planned" → "plan", "related" → "relate", "making" → "make", "agreed" → "agree".
    static func withoutVerbEnding(_ w: [Unicode.Scalar]) -> [Unicode.Scalar] {
        if ends(w, "eed") {
            let before = w.dropLast(3)
            return before.contains(where: isVowel) ? Array(w.dropLast()) : w
        }
        let cut = ends(w, "ing") ? 3 : ends(w, "ed") ? 2 : 0
        guard cut > 0 else { return w }
        var base = Array(w.dropLast(cut))
        guard base.count >= 3, base.contains(where: isVowel) else { return w }
        let last = base[base.count - 1]
        if last == base[base.count - 2], !isVowel(last), !"lsz".unicodeScalars.contains(last) {
            base.removeLast()  // "runn" → "run"
        } else if ends(base, "at") || ends(base, "bl") || ends(base, "iz") {
            base.append("e")
        } else if base.count == 3, !isVowel(base[0]), isVowel(base[1]), !isVowel(base[2]), !"wxy".unicodeScalars.contains(base[2])
        {
            base.append("e")  // "mak" → "make"
        }
        return base
    }
}
