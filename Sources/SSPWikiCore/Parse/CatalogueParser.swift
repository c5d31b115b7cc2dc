/// Reads the front matter of INDES sections, PEaSS entries and wiki pages.
enum CatalogueParser {
    static func indes(_ root: Node, reader r: FieldReader, id: String, path: String) -> IndesSection? {
        guard let map = r.map(root, path: "", known: ContentField.keys(of: .indes), what: ContentField.File.indes.rawValue) else {
            return nil
        }
        let title = r.string(map, "title", required: true, example: "Speech and language")
        var levels: [IndesLevel] = []
        var seen: Set<Int> = []
        for item in r.list(map, "levels") {
            guard
                let m = r.map(
                    item.node, path: item.path, known: ContentField.keys(of: .indesLevel),
                    what: ContentField.File.indesLevel.rawValue)
            else { continue }
            guard let level = r.int(m, "level", in: 0...20, required: true),
                let label = r.string(m, "label", required: true, example: "Typically developing")
            else { continue }
            if !seen.insert(level).inserted {
                r.report(
                    .error, "level \(level) is listed twice in '\(item.path)'", at: item.node,
                    hint: "give each level of the scale its own number")
            }
            levels.append(IndesLevel(level: level, label: label))
        }
        if levels.isEmpty, title != nil {
            r.report(
                .error, "an INDES section needs its level scale in 'levels'", at: map.keyNode("levels") ?? root,
                hint: "add `levels:` with `- level: 0` and `label: Typically developing`, and so on")
        }
        guard let title else { return nil }
        return IndesSection(
            id: id, path: path, title: title, area: r.string(map, "area"),
            levels: levels.sorted { $0.level < $1.level }, body: "", bodyLine: 1,
            locations: FieldLocations(file: path))
    }

    static func peass(_ root: Node, reader r: FieldReader, id: String, path: String) -> PeassEntry? {
        guard let map = r.map(root, path: "", known: ContentField.keys(of: .peass), what: ContentField.File.peass.rawValue) else {
            return nil
        }
        guard let title = r.string(map, "title", required: true, example: "Visual timetable") else { return nil }
        return PeassEntry(
            id: id, path: path, title: title,
            category: r.vocabulary(map, "category", PeassCategory.self),
            level: r.vocabulary(map, "level", PeassLevel.self),
            body: "", bodyLine: 1, locations: FieldLocations(file: path))
    }

    static func page(_ root: Node, reader r: FieldReader, id: String, path: String) -> WikiPage? {
        guard let map = r.map(root, path: "", known: ContentField.keys(of: .page), what: ContentField.File.page.rawValue) else {
            return nil
        }
        guard let title = r.string(map, "title", required: true, example: "Our APDR calendar") else { return nil }
        return WikiPage(id: id, path: path, title: title, body: "", bodyLine: 1, locations: FieldLocations(file: path))
    }
}
