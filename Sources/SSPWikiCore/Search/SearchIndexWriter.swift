/// Writes the search index as plain `.js` files under `search/`, each assigning to the
/// global `sspSearchData` that `search.js` sets up, so that they load with `<script src>`
/// from `file://` and over http under the site's Content-Security-Policy:
///
/// - `search/index.js`: settings, the filter vocabularies and one short record per document
///   (its id left out when it is `derivedID(title)`);
/// - `search/t/<key>.js`: the term shards (`SearchShards`);
/// - `search/v/first-<letter>.js`, `search/v/last-<letter>.js`: words by first and last letter,
///   read only when a query word matches nothing and may be mistyped;
/// - `search/x/<n>.js`: the text of document `n` but its name, read for the snippets of results shown.
public struct SearchIndexWriter: Sendable {
    public let index: SearchIndex
    public let shards: SearchShards
    let indesOrder: [IndesSection]

    public init(model: ContentModel) {
        index = SearchIndex(documents: SearchDocumentBuilder(model: model).documents())
        shards = SearchShards(index: index)
        indesOrder = model.indes.sorted { ($0.title, $0.id) < ($1.title, $1.id) }
    }

    /// Every file of the index: path from the site root and text.
    public func files() -> [(path: String, text: String)] {
        var out: [(String, String)] = [("search/index.js", indexFile())]
        for key in shards.files.keys.sorted() {
            out.append(("search/t/\(SearchEncoding.fileName(for: key)).js", shards.files[key]!))
        }
        for (name, words) in vocabulary() {
            out.append(("search/v/\(name).js", "sspSearchData.vocab[\(SearchEncoding.string(name))]=\(SearchEncoding.string(words.joined(separator: " ")));\n"))
        }
        for (n, doc) in index.documents.enumerated() {
            // The name is the result's heading; snippets come from the other parts.
            let parts = doc.parts.filter { $0.field != .name }.map { "[\($0.field.bit),\(SearchEncoding.string($0.text))]" }
            out.append(("search/x/\(n).js", "sspSearchData.text[\(n)]=\(SearchEncoding.array(parts));\n"))
        }
        return out
    }

    /// Words for typo correction, by file name: `first-r` holds the words that start with r.
    func vocabulary() -> [(String, [String])] {
        var groups: [String: [String]] = [:]
        for word in index.typoWords {
            guard let first = word.unicodeScalars.first, let last = word.unicodeScalars.last else { continue }
            groups["first-" + SearchEncoding.fileName(for: String(first)), default: []].append(word)
            groups["last-" + SearchEncoding.fileName(for: String(last)), default: []].append(word)
        }
        return groups.keys.sorted().map { ($0, groups[$0]!) }
    }

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
            "kinds:" + SearchEncoding.array(Self.kinds.map { SearchEncoding.array([s($0.rawValue), s($0.label), s($0.folder)]) }),
            "indes:" + SearchEncoding.array(indesOrder.map { section in
                SearchEncoding.array([s(section.id), s(section.title),
                                      SearchEncoding.array(section.levels.map { SearchEncoding.array([String($0.level), s($0.label)]) })])
            }),
            "years:" + SearchEncoding.array(years.map { SearchEncoding.array([s($0.code), s($0.description)]) }),
            "classes:" + SearchEncoding.array(classes.map(s)),
            "holders:" + SearchEncoding.array(holders.map(s)),
            "stages:" + SearchEncoding.array(Stage.allCases.map { SearchEncoding.array([s($0.rawValue), s($0.label)]) }),
            "flags:" + SearchEncoding.array(Flag.allCases.map { SearchEncoding.array([s($0.rawValue), s($0.label)]) }),
        ]
        let docs = index.documents.map { doc -> String in
            let kind = Self.kinds.firstIndex(of: doc.ref.kind)!
            let id = s(doc.ref.id == Self.derivedID(doc.title) ? "" : doc.ref.id)
            guard let plan = doc.plan else {
                return SearchEncoding.array([String(kind), id, s(doc.title), s(doc.subtitle ?? "")])
            }
            let flags = plan.flags.reduce(0) { $0 | 1 << Flag.allCases.firstIndex(of: $1)! }
            let needs = plan.needs.compactMap { need in indesIndex[need.indes].map { String($0 * 100 + need.level) } }
            return SearchEncoding.array([
                String(kind), id, s(doc.title), s(doc.subtitle ?? ""), s(plan.yearGroup?.code ?? ""),
                String(plan.className.flatMap { classIndex[$0] } ?? -1), String(Stage.allCases.firstIndex(of: plan.stage)!),
                String(plan.review.ordinal), String(plan.caseHolder.flatMap { holderIndex[$0] } ?? -1),
                String(flags), SearchEncoding.array(needs), doc.archived ? "1" : "0",
            ])
        }
        return "sspSearchData.meta={" + meta.joined(separator: ",\n") + "};\n"
            + "sspSearchData.docs=[\n" + docs.joined(separator: ",\n") + "];\n"
    }

    /// The id `search.js` assumes when a record leaves it out: the letters and digits of the
    /// folded title joined by `-` ("Zoë O'Neil" → "zoe-oneil"). Most plans are named so.
    static func derivedID(_ title: String) -> String {
        let runs = SearchFolding.fold(title).unicodeScalars.split { !(("a"..."z").contains($0) || ("0"..."9").contains($0)) }
        return String(runs.map { String(String.UnicodeScalarView($0)) }.joined(separator: "-").prefix(64))
    }

    /// Kinds of page in the order documents refer to them by number.
    static let kinds: [PageRef.Kind] = [.plan, .indes, .peass, .page]
}
