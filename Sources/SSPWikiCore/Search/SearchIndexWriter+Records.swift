/// The records of `search/index.js` and `search/x/<n>.js`. Numbers stand for repeated
/// values (classes, case holders, INDES sections, stages, flags), listed once in `meta`.
extension SearchIndexWriter {
    func indexFile() -> String {
        let plans = index.documents.compactMap(\.plan)
        let classes = Array(Set(plans.compactMap(\.className))).sorted()
        let holders = Array(Set(plans.compactMap(\.caseHolder))).sorted()
        let classIndex = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
        let holderIndex = Dictionary(uniqueKeysWithValues: holders.enumerated().map { ($1, $0) })
        let indesIndex = Dictionary(indesOrder.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let years = Array(Set(plans.compactMap(\.yearGroup))).sorted()
        let s = SearchEncoding.string
        let letters = vocabulary().map(\.0)
        let meta = [
            "version:1",
            "stop:" + SearchEncoding.array(SearchTokenizer.stopWords.sorted().map(s)),
            "weights:" + SearchEncoding.array(SearchField.allCases.map { String($0.weight) }),
            "factors:" + SearchEncoding.array(SearchMatch.allCases.map { String($0.factor) }),
            "prefixMin:\(SearchMatch.prefixMinimum)", "typoMin:\(SearchMatch.typoMinimum)",
            "prefixBudget:\(SearchShards.prefixBudget)",
            "shards:{" + shards.sizes.sorted { $0.key < $1.key }.map { "\(s($0.key)):\($0.value)" }.joined(separator: ",") + "}",
            "vocab:" + SearchEncoding.array(letters.map(s)),
            "kinds:"
                + SearchEncoding.array(Self.kinds.map { SearchEncoding.array([s($0.rawValue), s($0.label), s($0.folder)]) }),
            "indes:"
                + SearchEncoding.array(
                    indesOrder.map { section in
                        SearchEncoding.array([
                            s(section.id), s(section.title),
                            SearchEncoding.array(section.levels.map { SearchEncoding.array([String($0.level), s($0.label)]) }),
                        ])
                    }),
            "years:" + SearchEncoding.array(years.map { SearchEncoding.array([s($0.code), s($0.description)]) }),
            "classes:" + SearchEncoding.array(classes.map(s)),
            "holders:" + SearchEncoding.array(holders.map(s)),
            "stages:" + SearchEncoding.array(Stage.allCases.map { SearchEncoding.array([s($0.rawValue), s($0.label)]) }),
            "flags:" + SearchEncoding.array(flagOrder.map { SearchEncoding.array([s($0.rawValue), s($0.label)]) }),
        ]
        let docs = index.documents.map { doc -> String in
            let kind = String(Self.kinds.firstIndex(of: doc.ref.kind)!)
            guard let plan = doc.plan else { return "[\(kind)]" }
            let flags = plan.flags.reduce(0) { bits, flag in flagOrder.firstIndex(of: flag).map { bits | 1 << $0 } ?? bits }
            let needs = plan.needs.compactMap { need in indesIndex[need.indes].map { String($0 * 100 + need.level) } }
            // kind, year, class, stage, review (days since 1970), case holder, flags, needs, archived
            return SearchEncoding.array([
                kind, s(plan.yearGroup?.code ?? ""), String(plan.className.flatMap { classIndex[$0] } ?? -1),
                String(Stage.allCases.firstIndex(of: plan.stage)!), String(plan.review.ordinal),
                String(plan.caseHolder.flatMap { holderIndex[$0] } ?? -1), String(flags), SearchEncoding.array(needs),
                doc.archived ? "1" : "0",
            ])
        }
        return "sspSearchData.meta={" + meta.joined(separator: ",\n") + "};\n"
            + "sspSearchData.docs=[\n" + docs.joined(separator: ",\n") + "];\n"
    }

    /// id (empty when it is `derivedID(title)`), title, known-as or subtitle, and the parts
    /// but the name, which is the result's heading: `[bit, text]`.
    static func textRecord(_ doc: SearchDocument) -> String {
        let s = SearchEncoding.string
        let parts = doc.parts.filter { $0.field != .name }.map { "[\($0.field.bit),\(s($0.text))]" }
        return SearchEncoding.array([
            s(doc.ref.id == Self.derivedID(doc.title) ? "" : doc.ref.id), s(doc.title),
            s(doc.subtitle ?? ""), SearchEncoding.array(parts),
        ])
    }

    /// The id `search.js` assumes when a record leaves it out: the letters and digits of the
    /// folded title joined by `-` ("Zoë O'Neil" → "zoe-o-neil"). Most plans are named so.
    static func derivedID(_ title: String) -> String {
        let runs = SearchFolding.fold(title).unicodeScalars.split { !(("a"..."z").contains($0) || ("0"..."9").contains($0)) }
        return String(runs.map { String(String.UnicodeScalarView($0)) }.joined(separator: "-").prefix(64))
    }
}
