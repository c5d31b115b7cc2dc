/// Which templates a template draws on: the partials it includes (`{{> name}}`) and the
/// layout it fills in (`{{< name}}`), followed to the end, so that editing a partial changes
/// the fingerprint of exactly the pages rendered with a template that uses it.
enum TemplateClosure {
    /// A stable hash of each template's text together with every template it draws on.
    static func hashes(_ texts: [String: String]) -> [String: String] {
        let uses = texts.mapValues(references)
        var result: [String: String] = [:]
        for name in texts.keys {
            var seen: Set<String> = [name]
            var stack = [name]
            while let next = stack.popLast() {
                for used in uses[next] ?? [] where seen.insert(used).inserted { stack.append(used) }
            }
            var hasher = StampHasher()
            for member in seen.sorted() {
                hasher.add(member)
                hasher.add(texts[member] ?? "missing")
            }
            result[name] = hasher.hex
        }
        return result
    }

    /// The names in `{{> name}}` and `{{< name}}` tags of one template.
    static func references(_ text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstRange(ofBytes: "{{") {
            rest = rest[open.upperBound...]
            guard let close = rest.firstRange(ofBytes: "}}") else { break }
            let tag = rest[..<close.lowerBound]
            if let sigil = tag.first, sigil == ">" || sigil == "<" {
                let name = tag.dropFirst().trimmingWhitespace()
                if !name.isEmpty { names.append(name) }
            }
            rest = rest[close.upperBound...]
        }
        return names
    }
}
